#include <metal_stdlib>
using namespace metal;
float2 __WMMA_8_8_8_float_float(float2 a, float2 b, float2 c){
  simdgroup_float8x8 mat_a, mat_b; simdgroup_float8x8 mat_c;
  mat_a.thread_elements()[0] = a[0]; mat_b.thread_elements()[0] = b[0]; mat_c.thread_elements()[0] = c[0];
  mat_a.thread_elements()[1] = a[1]; mat_b.thread_elements()[1] = b[1]; mat_c.thread_elements()[1] = c[1];
  simdgroup_multiply_accumulate(mat_c, mat_a, mat_b, mat_c);
  return float2(mat_c.thread_elements()[0], mat_c.thread_elements()[1]);
}
kernel void r_32_2_2_2_4_3136(device float* data0_1024, device float* data1_401408, device float* data2_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[16];
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  int alu0 = ((lidx0>>3)&1);
  int alu1 = (lidx0&1);
  int alu2 = (lidx0>>4);
  int alu3 = ((lidx0>>1)&3);
  int alu4 = (alu1<<1);
  int alu5 = (alu0<<2);
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  *(buf0+4) = 0.0f;
  *(buf0+5) = 0.0f;
  *(buf0+6) = 0.0f;
  *(buf0+7) = 0.0f;
  *(buf0+8) = 0.0f;
  *(buf0+9) = 0.0f;
  *(buf0+10) = 0.0f;
  *(buf0+11) = 0.0f;
  *(buf0+12) = 0.0f;
  *(buf0+13) = 0.0f;
  *(buf0+14) = 0.0f;
  *(buf0+15) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 3136; Ridx0++) {
    int alu22 = (Ridx0<<3);
    int alu23 = ((lidx1*802816)+(alu0*100352)+(alu1*50176)+(alu2<<2)+alu3+alu22);
    float val0 = (*(data2_1605632+(alu23+25088)));
    float val1 = (*(data2_1605632+(alu23+200704)));
    float val2 = (*(data2_1605632+(alu23+225792)));
    float val3 = (*(data2_1605632+(alu23+401408)));
    float val4 = (*(data2_1605632+(alu23+426496)));
    float val5 = (*(data2_1605632+(alu23+602112)));
    float val6 = (*(data2_1605632+(alu23+627200)));
    float val7 = (*(data2_1605632+alu23));
    int alu24 = (alu5+alu22+alu4+(alu2*100352)+(alu3*25088));
    float2 val8 = (*((device float2*)((data1_401408+(alu24+200704)))));
    float2 val9 = (*((device float2*)((data1_401408+alu24))));
    float2 cast0 = float2(val1,val2);
    float2 cast1 = float2(val3,val4);
    float2 cast2 = float2(val5,val6);
    float2 cast3 = float2(val7,val0);
    float2 wmma0 = __WMMA_8_8_8_float_float(val8, cast0, float2((*(buf0+5)),(*(buf0+7))));
    float2 wmma1 = __WMMA_8_8_8_float_float(val8, cast1, float2((*(buf0+9)),(*(buf0+11))));
    float2 wmma2 = __WMMA_8_8_8_float_float(val8, cast2, float2((*(buf0+13)),(*(buf0+15))));
    float2 wmma3 = __WMMA_8_8_8_float_float(val8, cast3, float2((*(buf0+1)),(*(buf0+3))));
    float2 wmma4 = __WMMA_8_8_8_float_float(val9, cast0, float2((*(buf0+4)),(*(buf0+6))));
    float2 wmma5 = __WMMA_8_8_8_float_float(val9, cast1, float2((*(buf0+8)),(*(buf0+10))));
    float2 wmma6 = __WMMA_8_8_8_float_float(val9, cast2, float2((*(buf0+12)),(*(buf0+14))));
    float2 wmma7 = __WMMA_8_8_8_float_float(val9, cast3, float2((*(buf0+0)),(*(buf0+2))));
    *(buf0+0) = wmma7.x;
    *(buf0+1) = wmma3.x;
    *(buf0+2) = wmma7.y;
    *(buf0+3) = wmma3.y;
    *(buf0+4) = wmma4.x;
    *(buf0+5) = wmma0.x;
    *(buf0+6) = wmma4.y;
    *(buf0+7) = wmma0.y;
    *(buf0+8) = wmma5.x;
    *(buf0+9) = wmma1.x;
    *(buf0+10) = wmma5.y;
    *(buf0+11) = wmma1.y;
    *(buf0+12) = wmma6.x;
    *(buf0+13) = wmma2.x;
    *(buf0+14) = wmma6.y;
    *(buf0+15) = wmma2.y;
  }
  int alu42 = ((lidx1<<5)+alu5+alu4+(alu2<<8)+(alu3<<6));
  *((device float2*)((data0_1024+(alu42+8)))) = float2((*(buf0+4)),(*(buf0+6)));
  *((device float2*)((data0_1024+(alu42+16)))) = float2((*(buf0+8)),(*(buf0+10)));
  *((device float2*)((data0_1024+(alu42+24)))) = float2((*(buf0+12)),(*(buf0+14)));
  *((device float2*)((data0_1024+(alu42+512)))) = float2((*(buf0+1)),(*(buf0+3)));
  *((device float2*)((data0_1024+(alu42+520)))) = float2((*(buf0+5)),(*(buf0+7)));
  *((device float2*)((data0_1024+(alu42+528)))) = float2((*(buf0+9)),(*(buf0+11)));
  *((device float2*)((data0_1024+(alu42+536)))) = float2((*(buf0+13)),(*(buf0+15)));
  *((device float2*)((data0_1024+alu42))) = float2((*(buf0+0)),(*(buf0+2)));
}