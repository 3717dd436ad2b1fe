#include <metal_stdlib>
using namespace metal;
kernel void E_2_32_4(device float* data0_256, device float* data1_1024, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<9)+(lidx0<<4));
  float val0 = (*(data1_1024+(alu0+1)));
  float val1 = (*(data1_1024+(alu0+3)));
  float val2 = (*(data1_1024+(alu0+9)));
  float val3 = (*(data1_1024+(alu0+11)));
  *((device float4*)((data0_256+((gidx0<<7)+(lidx0<<2))))) = float4(val0,val1,val2,val3);
}