#include <metal_stdlib>
using namespace metal;
kernel void E_16_8_49_8_16(device float* data0_802816, device float* data1_802816, device float* data2_802816, device float* data3_802816, device float* data4_802816, device float* data5_802816, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 16 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = ((gidx2*50176)+(lidx0*6272));
  int alu1 = (gidx0+(gidx1*784)+(lidx1*49)+alu0);
  float val0 = (*(data1_802816+alu1));
  int alu2 = (lidx1+(gidx1<<4)+(gidx0<<7)+alu0);
  float val1 = (*(data2_802816+alu2));
  float val2 = (*(data3_802816+alu2));
  float val3 = (*(data4_802816+alu2));
  float val4 = (*(data5_802816+alu2));
  float alu3 = ((0.0f<val0)?(val1+val2+val3+val4):0.0f);
  *(data0_802816+alu1) = alu3;
}