#include <metal_stdlib>
using namespace metal;
kernel void E_32_4(device float* data0_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int lidx0 = lid.x; /* 32 */
  *((device float4*)((data0_128+(lidx0<<2)))) = float4(1.0f,1.0f,1.0f,1.0f);
}