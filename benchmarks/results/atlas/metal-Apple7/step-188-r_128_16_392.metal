#include <metal_stdlib>
using namespace metal;
kernel void r_128_16_392(device float* data0_128, device float* data1_802816, device float* data2_6272, device float* data3_1, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  threadgroup __attribute__((aligned(16))) float buf2[16];
  int gidx0 = gid.x; /* 128 */
  int lidx0 = lid.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 392; Ridx0++) {
    int alu1 = ((lidx0*392)+Ridx0);
    float val0 = (*(data1_802816+(alu1+(gidx0*6272))));
    float val1 = (*(data2_6272+alu1));
    *(buf0+0) = ((*(buf0+0))+(val0*val1));
  }
  *(buf2+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    float val2 = (*(buf2+Ridx102));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  float val3 = (*(data3_1+0));
  if ((lidx0==0)) {
    *(data0_128+gidx0) = (-(*(buf1+0))-val3);
  }
}