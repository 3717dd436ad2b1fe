#include <metal_stdlib>
using namespace metal;
kernel void E_2(device uint* data0_2, device uint* data1_2, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int lidx0 = lid.x; /* 2 */
  uint val0 = (*(data1_2+lidx0));
  *(data0_2+lidx0) = val0;
}