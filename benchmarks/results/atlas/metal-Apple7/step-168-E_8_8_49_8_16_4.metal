#include <metal_stdlib>
using namespace metal;
kernel void E_8_8_49_8_16_4(device float* data0_1605632, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 8 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = (gidx0<<2);
  float4 val0 = (*((device float4*)((data1_1605632+((gidx2*1568)+(lidx0*196)+alu0+(gidx1*200704)+(lidx1*12544))))));
  *((device float4*)((data0_1605632+((gidx1*3136)+(lidx1*196)+alu0+(gidx2*200704)+(lidx0*25088))))) = val0;
}