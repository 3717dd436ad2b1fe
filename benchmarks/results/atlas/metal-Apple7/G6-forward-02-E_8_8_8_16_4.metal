#include <metal_stdlib>
using namespace metal;
kernel void E_8_8_8_16_4(device float* data0_32768, device float* data1_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 8 */
  int gidx1 = gid.y; /* 8 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = ((gidx0<<14)+(lidx1<<10)+(gidx1<<7)+(lidx0<<4));
  float val0 = (*(data1_131072+(alu0+2)));
  float val1 = (*(data1_131072+(alu0+8)));
  float val2 = (*(data1_131072+(alu0+10)));
  float val3 = (*(data1_131072+alu0));
  *((device float4*)((data0_32768+((gidx0<<6)+(lidx1<<2)+(gidx1<<12)+(lidx0<<9))))) = float4(val2,val1,val0,val3);
}