#include <metal_stdlib>
using namespace metal;
kernel void E_16_16_25_8_16(device float* data0_819200, device float* data1_819200, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 25 */
  int gidx1 = gid.y; /* 16 */
  int gidx2 = gid.z; /* 16 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  float val0 = (*(data1_819200+((((gidx2*200)+(lidx0*25))-gidx0)+(gidx1*51200)+(lidx1*3200)+24)));
  *(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+(gidx2*51200)+(lidx0*6400))) = val0;
}