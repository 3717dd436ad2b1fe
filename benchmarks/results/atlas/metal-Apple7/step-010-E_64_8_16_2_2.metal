#include <metal_stdlib>
using namespace metal;
kernel void E_64_8_16_2_2(device float* data0_32768, device float* data1_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 8 */
  int gidx1 = gid.y; /* 64 */
  int lidx0 = lid.x; /* 16 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  float val0 = (*(data1_131072+((lidx1*-8)+(lidx2*-2)+(gidx1<<4)+(gidx0<<14)+(lidx0<<10)+14)));
  *(data0_32768+(lidx2+(gidx0<<6)+(lidx0<<2)+(lidx1<<1)+(gidx1<<9))) = val0;
}