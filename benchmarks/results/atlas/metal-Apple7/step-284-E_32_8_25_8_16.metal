#include <metal_stdlib>
using namespace metal;
kernel void E_32_8_25_8_16(device float* data0_819200, device float* data1_819200, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 25 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 32 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = ((gidx2*25600)+(lidx0*3200));
  float val0 = (*(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+alu0)));
  float val1 = (*(data1_819200+(lidx1+(gidx1<<4)+(gidx0*-128)+alu0+3072)));
  *(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+alu0)) = ((0.9990000128746033f*val0)+(0.0010000000474974513f*val1*val1));
}