#include <metal_stdlib>
using namespace metal;
kernel void E_512_32_2(device float* data0_32768, device float* data1_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 512 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  float val0 = (*(data1_131072+((gidx0<<8)+(lidx0<<3)+(lidx1<<1)+5)));
  *(data0_32768+(lidx1+(gidx0<<6)+(lidx0<<1))) = val0;
}