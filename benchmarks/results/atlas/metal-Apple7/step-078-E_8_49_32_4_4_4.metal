#include <metal_stdlib>
using namespace metal;
kernel void E_8_49_32_4_4_4(device float* data0_802816, device float* data1_802816, device float* data2_128, device float* data3_128, device float* data4_128, device float* data5_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 4 */
  int alu0 = (lidx0*25088);
  int alu1 = ((gidx1<<4)+(lidx1<<2));
  int alu2 = ((gidx0<<7)+alu0+alu1);
  float4 val0 = (*((device float4*)((data1_802816+(alu2+6272)))));
  float4 val1 = (*((device float4*)((data1_802816+(alu2+12544)))));
  float4 val2 = (*((device float4*)((data1_802816+(alu2+18816)))));
  float4 val3 = (*((device float4*)((data1_802816+alu2))));
  float4 val4 = (*((device float4*)((data2_128+alu1))));
  float4 val5 = (*((device float4*)((data3_128+alu1))));
  float4 val6 = (*((device float4*)((data4_128+alu1))));
  float4 val7 = (*((device float4*)((data5_128+alu1))));
  int alu3 = (gidx0+(gidx1*784)+(lidx1*196)+alu0);
  float alu4 = (1/sqrt((val6.x+9.999999747378752e-06f)));
  float alu5 = (1/sqrt((val6.y+9.999999747378752e-06f)));
  float alu6 = (1/sqrt((val6.z+9.999999747378752e-06f)));
  float alu7 = (1/sqrt((val6.w+9.999999747378752e-06f)));
  *(data0_802816+alu3) = (((val3.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+49)) = (((val3.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+98)) = (((val3.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+147)) = (((val3.w-val4.w)*val5.w*alu7)+val7.w);
  *(data0_802816+(alu3+6272)) = (((val0.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+6321)) = (((val0.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+6370)) = (((val0.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+6419)) = (((val0.w-val4.w)*val5.w*alu7)+val7.w);
  *(data0_802816+(alu3+12544)) = (((val1.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+12593)) = (((val1.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+12642)) = (((val1.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+12691)) = (((val1.w-val4.w)*val5.w*alu7)+val7.w);
  *(data0_802816+(alu3+18816)) = (((val2.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+18865)) = (((val2.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+18914)) = (((val2.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+18963)) = (((val2.w-val4.w)*val5.w*alu7)+val7.w);
}