#include <metal_stdlib>
using namespace metal;
kernel void E_16_4(device float* data0_64, device float* data1_64, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int lidx0 = lid.x; /* 16 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((device float4*)((data0_64+alu0))));
  float4 val1 = (*((device float4*)((data1_64+alu0))));
  *((device float4*)((data0_64+alu0))) = float4(((0.8999999761581421f*val0.x)+(val1.x*0.10000398755073547f)),((0.8999999761581421f*val0.y)+(val1.y*0.10000398755073547f)),((0.8999999761581421f*val0.z)+(val1.z*0.10000398755073547f)),((0.8999999761581421f*val0.w)+(val1.w*0.10000398755073547f)));
}