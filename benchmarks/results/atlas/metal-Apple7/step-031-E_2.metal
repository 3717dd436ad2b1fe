#include <metal_stdlib>
using namespace metal;
kernel void E_2(device uint* data0_2, device uint* data1_2, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  uint2 val0 = (*((device uint2*)((data1_2+0))));
  uint alu0 = (val0.x+1605632u);
  *((device uint2*)((data0_2+0))) = uint2(alu0,(val0.y+((uint)((alu0<val0.x)))));
}