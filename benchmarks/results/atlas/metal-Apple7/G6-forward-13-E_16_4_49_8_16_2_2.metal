#include <metal_stdlib>
using namespace metal;
kernel void E_16_4_49_8_16_2_2(device float* data0_1605632, device float* data1_401408, device float* data2_401408, device float* data3_401408, device float* data4_401408, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 4 */
  int gidx2 = gid.z; /* 16 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = (lidx1+(gidx1<<4)+(gidx2*25088)+(lidx0*3136)+(gidx0<<6));
  float val0 = (*(data1_401408+alu0));
  float val1 = (*(data2_401408+alu0));
  float val2 = (*(data3_401408+alu0));
  float val3 = (*(data4_401408+alu0));
  int alu1 = ((gidx1*1568)+(lidx1*98)+(gidx0<<1)+(gidx2*50176)+(lidx0*6272));
  *((device float2*)((data0_1605632+(alu1+802816)))) = float2(val1,val0);
  *((device float2*)((data0_1605632+alu1))) = float2(val3,val2);
}