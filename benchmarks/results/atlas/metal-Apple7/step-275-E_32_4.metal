#include <metal_stdlib>
using namespace metal;
kernel void E_32_4(device float* data0_128, device float* data1_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int lidx0 = lid.x; /* 32 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((device float4*)((data1_128+alu0))));
  *((device float4*)((data0_128+alu0))) = val0;
}