#include <metal_stdlib>
using namespace metal;
kernel void E_4_2_2_8_7_7_16_2_2(device float* data0_401408, device float* data1_115200, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 784 */
  int gidx1 = gid.y; /* 2 */
  int gidx2 = gid.z; /* 4 */
  int lidx0 = lid.x; /* 16 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  int alu0 = (lidx2+((gidx0/112)<<1));
  int alu1 = (gidx0&1);
  int alu2 = ((gidx0>>4)%7);
  int alu3 = ((gidx0>>1)&7);
  float val0 = (*(data1_115200+(alu0+alu1+(lidx1*15)+(alu2*30)+(gidx1*15)+(gidx2*225)+(lidx0*900)+(alu3*14400))));
  *(data0_401408+(alu0+(lidx0*196)+(alu3*3136)+(lidx1*14)+(alu2*28)+(gidx1*50176)+(gidx2*100352)+(alu1*25088))) = val0;
}