#include <metal_stdlib>
using namespace metal;
kernel void E_16_4_7_7_8_16_2_2(device float* data0_1605632, device float* data1_401408, device float* data2_401408, device float* data3_401408, device float* data4_401408, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 4 */
  int gidx2 = gid.z; /* 16 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  int alu2 = (lidx1+(gidx1<<4)+(gidx2*25088)+(lidx0*3136)+(alu1<<6)+(alu0*448));
  float val0 = (*(data1_401408+alu2));
  float val1 = (*(data2_401408+alu2));
  float val2 = (*(data3_401408+alu2));
  float val3 = (*(data4_401408+alu2));
  int alu3 = ((gidx1*3136)+(lidx1*196)+(alu1<<1)+(alu0*28)+(gidx2*100352)+(lidx0*12544));
  *((device float2*)((data0_1605632+(alu3+14)))) = float2(val1,val0);
  *((device float2*)((data0_1605632+alu3))) = float2(val3,val2);
}