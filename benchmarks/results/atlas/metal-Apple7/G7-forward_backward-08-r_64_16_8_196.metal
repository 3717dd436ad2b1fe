#include <metal_stdlib>
using namespace metal;
kernel void r_64_16_8_196(device float* data0_64, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  threadgroup __attribute__((aligned(16))) float buf2[16];
  int gidx0 = gid.x; /* 64 */
  int lidx0 = lid.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 196; Ridx1++) {
      float val0 = (*(data1_1605632+((gidx0*196)+Ridx1+(lidx0*100352)+(Ridx0*12544))));
      *(buf0+0) = ((*(buf0+0))+val0);
    }
  }
  *(buf2+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    float val1 = (*(buf2+Ridx104));
    *(buf1+0) = ((*(buf1+0))+val1);
  }
  if ((lidx0==0)) {
    *(data0_64+gidx0) = (*(buf1+0));
  }
}