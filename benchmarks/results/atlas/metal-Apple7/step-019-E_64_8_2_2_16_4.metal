#include <metal_stdlib>
using namespace metal;
kernel void E_64_8_2_2_16_4(device float* data0_131072, device float* data1_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 8 */
  int gidx1 = gid.y; /* 64 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 16 */
  int alu0 = (lidx1+(lidx0<<2)+(gidx1<<4)+(gidx0<<14)+(lidx2<<10));
  float val0 = (*(data1_131072+alu0));
  float val1 = (*(data1_131072+(alu0+2)));
  float val2 = (*(data1_131072+(alu0+8)));
  float val3 = (*(data1_131072+(alu0+10)));
  *((device float4*)((data0_131072+((gidx1<<11)+(lidx0<<10)+(lidx1<<9)+(gidx0<<6)+(lidx2<<2))))) = float4(val3,val2,val1,val0);
}