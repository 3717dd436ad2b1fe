#include <metal_stdlib>
using namespace metal;
kernel void E_1024_32_4(device float* data0_131072, device float* data1_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 1024 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((device float4*)((data0_131072+alu0))));
  float4 val1 = (*((device float4*)((data1_131072+alu0))));
  *((device float4*)((data0_131072+alu0))) = float4(((0.9990000128746033f*val0.x)+(0.0010000000474974513f*val1.x*val1.x)),((0.9990000128746033f*val0.y)+(0.0010000000474974513f*val1.y*val1.y)),((0.9990000128746033f*val0.z)+(0.0010000000474974513f*val1.z*val1.z)),((0.9990000128746033f*val0.w)+(0.0010000000474974513f*val1.w*val1.w)));
}