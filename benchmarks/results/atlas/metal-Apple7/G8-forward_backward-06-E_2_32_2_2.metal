#include <metal_stdlib>
using namespace metal;
kernel void E_2_32_2_2(device float* data0_256, device float* data1_1024, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  float val0 = (*(data1_1024+((gidx0<<9)+(lidx0<<4)+(lidx1*-8)+(lidx2*-2)+14)));
  *(data0_256+(lidx2+(gidx0<<7)+(lidx0<<2)+(lidx1<<1))) = val0;
}