#include <metal_stdlib>
using namespace metal;
kernel void r_128_16_8_49(device float* data0_128, device float* data1_802816, device float* data2_128, device float* data3_128, device float* data4_802816, device float* data5_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  threadgroup __attribute__((aligned(16))) float buf2[16];
  int gidx0 = gid.x; /* 128 */
  float val0 = (*(data2_128+gidx0));
  int lidx0 = lid.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
      int alu1 = ((gidx0*49)+Ridx1+(lidx0*50176)+(Ridx0*6272));
      float val1 = (*(data1_802816+alu1));
      float val2 = (*(data4_802816+alu1));
      *(buf0+0) = ((*(buf0+0))+((val1-val0)*val2));
    }
  }
  *(buf2+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    float val3 = (*(buf2+Ridx104));
    *(buf1+0) = ((*(buf1+0))+val3);
  }
  float val4 = (*(data3_128+gidx0));
  float val5 = (*(data5_128+gidx0));
  float alu10 = (1/sqrt((val5+9.999999747378752e-06f)));
  if ((lidx0==0)) {
    *(data0_128+gidx0) = (alu10*alu10*alu10*(*(buf1+0))*val4*-7.97193861217238e-05f);
  }
}