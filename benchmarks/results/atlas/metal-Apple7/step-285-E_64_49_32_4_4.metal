#include <metal_stdlib>
using namespace metal;
kernel void E_64_49_32_4_4(device float* data0_1605632, device float* data1_1605632, device float* data2_12544, device float* data3_12544, device float* data4_12544, device float* data5_12544, device float* data6_1605632, device float* data7_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 64 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 4 */
  int alu0 = (gidx0+(gidx1*196)+(lidx1*49));
  int alu1 = (lidx0*50176);
  int alu2 = (alu0+alu1);
  float val0 = (*(data1_1605632+alu2));
  int alu3 = (alu2+12544);
  float val1 = (*(data1_1605632+alu3));
  int alu4 = (alu2+25088);
  float val2 = (*(data1_1605632+alu4));
  int alu5 = (alu2+37632);
  float val3 = (*(data1_1605632+alu5));
  float val4 = (*(data2_12544+alu0));
  float val5 = (*(data3_12544+alu0));
  float val6 = (*(data4_12544+alu0));
  float val7 = (*(data5_12544+alu0));
  float val8 = (*(data6_1605632+alu2));
  float val9 = (*(data6_1605632+alu3));
  float val10 = (*(data6_1605632+alu4));
  float val11 = (*(data6_1605632+alu5));
  int alu6 = (lidx1+(gidx1<<2)+(gidx0<<8)+alu1);
  float val12 = (*(data7_1605632+alu6));
  float val13 = (*(data7_1605632+(alu6+12544)));
  float val14 = (*(data7_1605632+(alu6+25088)));
  float val15 = (*(data7_1605632+(alu6+37632)));
  float alu7 = (1/sqrt((val7+9.999999747378752e-06f)));
  float alu8 = ((0.0f<val8)?val12:0.0f);
  float alu9 = ((0.0f<val9)?val13:0.0f);
  float alu10 = ((0.0f<val10)?val14:0.0f);
  float alu11 = ((0.0f<val11)?val15:0.0f);
  *(data0_1605632+alu2) = (((val0-val4)*val5*2.0f)+(val6*alu7*alu8));
  *(data0_1605632+alu3) = (((val1-val4)*val5*2.0f)+(val6*alu7*alu9));
  *(data0_1605632+alu4) = (((val2-val4)*val5*2.0f)+(val6*alu7*alu10));
  *(data0_1605632+alu5) = (((val3-val4)*val5*2.0f)+(val6*alu7*alu11));
}