#include <metal_stdlib>
using namespace metal;
kernel void E_16_4_49_8_16_4(device float* data0_1605632, device float* data1_1605632, device float* data2_64, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx1 = gid.y; /* 4 */
  int lidx1 = lid.y; /* 16 */
  float val0 = (*(data2_64+(lidx1+(gidx1<<4))));
  int gidx0 = gid.x; /* 49 */
  int gidx2 = gid.z; /* 16 */
  int lidx0 = lid.x; /* 8 */
  int alu0 = ((gidx1*3136)+(lidx1*196)+(gidx0<<2)+(gidx2*100352)+(lidx0*12544));
  float4 val1 = (*((device float4*)((data1_1605632+alu0))));
  *((device float4*)((data0_1605632+alu0))) = float4((val1.x+val0),(val1.y+val0),(val1.z+val0),(val1.w+val0));
}