#include <metal_stdlib>
using namespace metal;
kernel void E_4_98_8_16_4_4(device float* data0_802816, device float* data1_128, device float* data2_6272, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx1 = gid.y; /* 4 */
  int lidx0 = lid.x; /* 8 */
  float4 val0 = (*((device float4*)((data1_128+((gidx1<<5)+(lidx0<<2))))));
  int gidx0 = gid.x; /* 98 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = ((gidx0<<6)+(lidx1<<2));
  float4 val1 = (*((device float4*)((data2_6272+alu0))));
  int alu1 = (alu0+(gidx1*200704)+(lidx0*25088));
  *((device float4*)((data0_802816+(alu1+6272)))) = float4((val0.y*val1.x),(val0.y*val1.y),(val0.y*val1.z),(val0.y*val1.w));
  *((device float4*)((data0_802816+(alu1+12544)))) = float4((val0.z*val1.x),(val0.z*val1.y),(val0.z*val1.z),(val0.z*val1.w));
  *((device float4*)((data0_802816+(alu1+18816)))) = float4((val0.w*val1.x),(val0.w*val1.y),(val0.w*val1.z),(val0.w*val1.w));
  *((device float4*)((data0_802816+alu1))) = float4((val0.x*val1.x),(val0.x*val1.y),(val0.x*val1.z),(val0.x*val1.w));
}