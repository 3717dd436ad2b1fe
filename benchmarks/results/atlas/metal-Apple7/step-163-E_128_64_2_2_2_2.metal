#include <metal_stdlib>
using namespace metal;
kernel void E_128_64_2_2_2_2(device float* data0_131072, device float* data1_131072, device float* data2_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int gidx1 = gid.y; /* 64 */
  int gidx2 = gid.z; /* 128 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  float val0 = (*(data0_131072+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4)+(gidx2<<10))));
  int alu0 = (gidx2+(lidx1<<7)+(gidx0<<8)+(lidx0<<10)+(lidx2<<9)+(gidx1<<11));
  float val1 = (*(data1_131072+alu0));
  float val2 = (*(data2_131072+alu0));
  float alu1 = (val1+val2);
  *(data0_131072+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4)+(gidx2<<10))) = ((0.9990000128746033f*val0)+(0.0010000000474974513f*alu1*alu1));
}