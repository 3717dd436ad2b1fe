#include <metal_stdlib>
using namespace metal;
kernel void E_100_32_4(device float* data0_12800, device float* data1_25600, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 100 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((device float4*)((data1_25600+(alu0+12800)))));
  float4 val1 = (*((device float4*)((data1_25600+alu0))));
  *((device float4*)((data0_12800+alu0))) = float4((precise::sin((1.5707963705062866f+(val1.x*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.x))*-1.3862943649291992f))),(precise::sin((1.5707963705062866f+(val1.y*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.y))*-1.3862943649291992f))),(precise::sin((1.5707963705062866f+(val1.z*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.z))*-1.3862943649291992f))),(precise::sin((1.5707963705062866f+(val1.w*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.w))*-1.3862943649291992f))));
}