#include <metal_stdlib>
using namespace metal;
kernel void E_2_32_2_2_2_2(device float* data0_1024, device float* data1_256, device float* data2_256, device float* data3_256, device float* data4_256, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((device float4*)((data1_256+alu0))));
  float4 val1 = (*((device float4*)((data2_256+alu0))));
  float4 val2 = (*((device float4*)((data3_256+alu0))));
  float4 val3 = (*((device float4*)((data4_256+alu0))));
  int alu1 = ((gidx0<<9)+(lidx0<<4));
  *((device float4*)((data0_1024+(alu1+4)))) = float4(val2.w,val3.w,val2.z,val3.z);
  *((device float4*)((data0_1024+(alu1+8)))) = float4(val0.y,val1.y,val0.x,val1.x);
  *((device float4*)((data0_1024+(alu1+12)))) = float4(val2.y,val3.y,val2.x,val3.x);
  *((device float4*)((data0_1024+alu1))) = float4(val0.w,val1.w,val0.z,val1.z);
}