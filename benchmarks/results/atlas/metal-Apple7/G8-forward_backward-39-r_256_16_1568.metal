#include <metal_stdlib>
using namespace metal;
kernel void r_256_16_1568(device float* data0_256, device float* data1_6422528, device float* data2_25088, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  threadgroup __attribute__((aligned(16))) float buf2[16];
  int gidx0 = gid.x; /* 256 */
  int lidx0 = lid.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 1568; Ridx0++) {
    int alu1 = ((lidx0*1568)+Ridx0);
    float val0 = (*(data1_6422528+(alu1+(gidx0*25088))));
    float val1 = (*(data2_25088+alu1));
    *(buf0+0) = ((*(buf0+0))+(val0*val1));
  }
  *(buf2+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    float val2 = (*(buf2+Ridx102));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_256+gidx0) = (*(buf1+0));
  }
}