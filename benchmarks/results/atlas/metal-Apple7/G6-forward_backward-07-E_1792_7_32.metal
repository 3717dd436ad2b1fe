#include <metal_stdlib>
using namespace metal;
kernel void E_1792_7_32(device float* data0_401408, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 7 */
  int gidx1 = gid.y; /* 1792 */
  int lidx0 = lid.x; /* 32 */
  float val0 = (*(data1_1605632+((gidx1*896)+(lidx0*28)+(gidx0<<1))));
  *(data0_401408+(gidx0+(gidx1*224)+(lidx0*7))) = val0;
}