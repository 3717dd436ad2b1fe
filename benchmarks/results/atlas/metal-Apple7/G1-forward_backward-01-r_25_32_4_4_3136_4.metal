#include <metal_stdlib>
using namespace metal;
kernel void r_25_32_4_4_3136_4(device float* data0_12800, device float* data1_1605632, device float* data2_1254400, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[16];
  int gidx0 = gid.x; /* 25 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = (gidx0<<2);
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
    int alu17 = ((lidx0*50176)+(Ridx0<<2));
    float4 val0 = (*((device float4*)((data1_1605632+(alu17+12544)))));
    float4 val1 = (*((device float4*)((data1_1605632+(alu17+25088)))));
    float4 val2 = (*((device float4*)((data1_1605632+(alu17+37632)))));
    float4 val3 = (*((device float4*)((data1_1605632+alu17))));
    int alu18 = (alu0+(Ridx0*400));
    float4 val4 = (*((device float4*)((data2_1254400+(alu18+100)))));
    float4 val5 = (*((device float4*)((data2_1254400+(alu18+200)))));
    float4 val6 = (*((device float4*)((data2_1254400+(alu18+300)))));
    float4 val7 = (*((device float4*)((data2_1254400+alu18))));
    *(buf0+0) = ((*(buf0+0))+(val3.x*val7.x)+(val3.y*val4.x)+(val3.z*val5.x)+(val3.w*val6.x));
    *(buf0+1) = ((*(buf0+1))+(val0.x*val7.x)+(val0.y*val4.x)+(val0.z*val5.x)+(val0.w*val6.x));
    *(buf0+2) = ((*(buf0+2))+(val1.x*val7.x)+(val1.y*val4.x)+(val1.z*val5.x)+(val1.w*val6.x));
    *(buf0+3) = ((*(buf0+3))+(val2.x*val7.x)+(val2.y*val4.x)+(val2.z*val5.x)+(val2.w*val6.x));
    *(buf0+4) = ((*(buf0+4))+(val3.x*val7.y)+(val3.y*val4.y)+(val3.z*val5.y)+(val3.w*val6.y));
    *(buf0+5) = ((*(buf0+5))+(val0.x*val7.y)+(val0.y*val4.y)+(val0.z*val5.y)+(val0.w*val6.y));
    *(buf0+6) = ((*(buf0+6))+(val1.x*val7.y)+(val1.y*val4.y)+(val1.z*val5.y)+(val1.w*val6.y));
    *(buf0+7) = ((*(buf0+7))+(val2.x*val7.y)+(val2.y*val4.y)+(val2.z*val5.y)+(val2.w*val6.y));
    *(buf0+8) = ((*(buf0+8))+(val3.x*val7.z)+(val3.y*val4.z)+(val3.z*val5.z)+(val3.w*val6.z));
    *(buf0+9) = ((*(buf0+9))+(val0.x*val7.z)+(val0.y*val4.z)+(val0.z*val5.z)+(val0.w*val6.z));
    *(buf0+10) = ((*(buf0+10))+(val1.x*val7.z)+(val1.y*val4.z)+(val1.z*val5.z)+(val1.w*val6.z));
    *(buf0+11) = ((*(buf0+11))+(val2.x*val7.z)+(val2.y*val4.z)+(val2.z*val5.z)+(val2.w*val6.z));
    *(buf0+12) = ((*(buf0+12))+(val3.x*val7.w)+(val3.y*val4.w)+(val3.z*val5.w)+(val3.w*val6.w));
    *(buf0+13) = ((*(buf0+13))+(val0.x*val7.w)+(val0.y*val4.w)+(val0.z*val5.w)+(val0.w*val6.w));
    *(buf0+14) = ((*(buf0+14))+(val1.x*val7.w)+(val1.y*val4.w)+(val1.z*val5.w)+(val1.w*val6.w));
    *(buf0+15) = ((*(buf0+15))+(val2.x*val7.w)+(val2.y*val4.w)+(val2.z*val5.w)+(val2.w*val6.w));
  }
  int alu36 = (alu0+(lidx0*400));
  *((device float4*)((data0_12800+(alu36+100)))) = float4((*(buf0+1)),(*(buf0+5)),(*(buf0+9)),(*(buf0+13)));
  *((device float4*)((data0_12800+(alu36+200)))) = float4((*(buf0+2)),(*(buf0+6)),(*(buf0+10)),(*(buf0+14)));
  *((device float4*)((data0_12800+(alu36+300)))) = float4((*(buf0+3)),(*(buf0+7)),(*(buf0+11)),(*(buf0+15)));
  *((device float4*)((data0_12800+alu36))) = float4((*(buf0+0)),(*(buf0+4)),(*(buf0+8)),(*(buf0+12)));
}