#include <metal_stdlib>
using namespace metal;
kernel void E_16_4_49_8_16_4(device float* data0_1605632, device float* data1_1605632, device float* data2_1605632, device float* data3_1605632, device float* data4_1605632, device float* data5_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 4 */
  int gidx2 = gid.z; /* 16 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = ((gidx2*100352)+(lidx0*12544));
  int alu1 = (lidx1+(gidx1<<4)+(gidx0<<8)+alu0);
  float val0 = (*(data2_1605632+alu1));
  int alu2 = (alu1+64);
  float val1 = (*(data2_1605632+alu2));
  int alu3 = (alu1+128);
  float val2 = (*(data2_1605632+alu3));
  int alu4 = (alu1+192);
  float val3 = (*(data2_1605632+alu4));
  float val4 = (*(data3_1605632+alu1));
  float val5 = (*(data3_1605632+alu2));
  float val6 = (*(data3_1605632+alu3));
  float val7 = (*(data3_1605632+alu4));
  float val8 = (*(data4_1605632+alu1));
  float val9 = (*(data4_1605632+alu2));
  float val10 = (*(data4_1605632+alu3));
  float val11 = (*(data4_1605632+alu4));
  float val12 = (*(data5_1605632+alu1));
  float val13 = (*(data5_1605632+alu2));
  float val14 = (*(data5_1605632+alu3));
  float val15 = (*(data5_1605632+alu4));
  int alu5 = ((gidx1*3136)+(lidx1*196)+(gidx0<<2)+alu0);
  float4 val16 = (*((device float4*)((data1_1605632+alu5))));
  float alu6 = ((0.0f<val16.x)?(val0+val4+val8+val12):0.0f);
  float alu7 = ((0.0f<val16.y)?(val1+val5+val9+val13):0.0f);
  float alu8 = ((0.0f<val16.z)?(val2+val6+val10+val14):0.0f);
  float alu9 = ((0.0f<val16.w)?(val3+val7+val11+val15):0.0f);
  *((device float4*)((data0_1605632+alu5))) = float4(alu6,alu7,alu8,alu9);
}