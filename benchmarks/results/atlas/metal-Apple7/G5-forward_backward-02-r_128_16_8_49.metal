#include <metal_stdlib>
using namespace metal;
kernel void r_128_16_8_49(device float* data0_128, device float* data1_802816, device float* data2_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  threadgroup __attribute__((aligned(16))) float buf2[16];
  int gidx0 = gid.x; /* 128 */
  float val0 = (*(data2_128+gidx0));
  int lidx0 = lid.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
      float val1 = (*(data1_802816+((gidx0*49)+Ridx1+(lidx0*50176)+(Ridx0*6272))));
      float alu1 = (val1-val0);
      *(buf0+0) = ((*(buf0+0))+(alu1*alu1));
    }
  }
  *(buf2+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    float val2 = (*(buf2+Ridx104));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_128+gidx0) = ((*(buf1+0))*0.0001594387722434476f);
  }
}