#include <metal_stdlib>
using namespace metal;
kernel void r_8_49_32_32_4(device float* data0_12544, device float* data1_1605632, device float* data2_12544, device float* data3_12544, device float* data4_1605632, device float* data5_1605632, device float* data6_12544, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = (gidx0+(gidx1*1568)+(lidx0*49));
  float val0 = (*(data2_12544+alu0));
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu2 = (Ridx0*50176);
    int alu3 = (alu0+alu2);
    float val1 = (*(data1_1605632+alu3));
    int alu4 = (alu3+12544);
    float val2 = (*(data1_1605632+alu4));
    int alu5 = (alu3+25088);
    float val3 = (*(data1_1605632+alu5));
    int alu6 = (alu3+37632);
    float val4 = (*(data1_1605632+alu6));
    float val5 = (*(data4_1605632+alu3));
    float val6 = (*(data4_1605632+alu4));
    float val7 = (*(data4_1605632+alu5));
    float val8 = (*(data4_1605632+alu6));
    int alu7 = (lidx0+(gidx1<<5)+(gidx0<<8)+alu2);
    float val9 = (*(data5_1605632+alu7));
    float val10 = (*(data5_1605632+(alu7+12544)));
    float val11 = (*(data5_1605632+(alu7+25088)));
    float val12 = (*(data5_1605632+(alu7+37632)));
    float alu8 = ((0.0f<val5)?val9:0.0f);
    float alu9 = ((0.0f<val6)?val10:0.0f);
    float alu10 = ((0.0f<val7)?val11:0.0f);
    float alu11 = ((0.0f<val8)?val12:0.0f);
    *(buf0+0) = ((*(buf0+0))+((val1-val0)*alu8)+((val2-val0)*alu9)+((val3-val0)*alu10)+((val4-val0)*alu11));
  }
  float val13 = (*(data3_12544+alu0));
  float val14 = (*(data6_12544+alu0));
  float alu14 = (1/sqrt((val14+9.999999747378752e-06f)));
  *(data0_12544+alu0) = (alu14*alu14*alu14*(*(buf0+0))*val13*-0.00390625f);
}