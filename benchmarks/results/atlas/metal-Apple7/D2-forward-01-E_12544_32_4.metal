#include <metal_stdlib>
using namespace metal;
kernel void E_12544_32_4(device float* data0_1605632, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 12544 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((device float4*)((data1_1605632+alu0))));
  float alu1 = ((val0.x<0.0f)?(0.20000000298023224f*val0.x):val0.x);
  float alu2 = ((val0.y<0.0f)?(0.20000000298023224f*val0.y):val0.y);
  float alu3 = ((val0.z<0.0f)?(0.20000000298023224f*val0.z):val0.z);
  float alu4 = ((val0.w<0.0f)?(0.20000000298023224f*val0.w):val0.w);
  *((device float4*)((data0_1605632+alu0))) = float4(alu1,alu2,alu3,alu4);
}