#include <metal_stdlib>
using namespace metal;
kernel void E_12544_32_4(device float* data0_1605632, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 12544 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((device float4*)((data1_1605632+alu0))));
  *((device float4*)((data0_1605632+alu0))) = val0;
}