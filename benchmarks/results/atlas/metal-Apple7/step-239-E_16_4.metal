#include <metal_stdlib>
using namespace metal;
kernel void E_16_4(device float* data0_64, device float* data1_64, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int lidx0 = lid.x; /* 16 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((device float4*)((data1_64+alu0))));
  *((device float4*)((data0_64+alu0))) = val0;
}