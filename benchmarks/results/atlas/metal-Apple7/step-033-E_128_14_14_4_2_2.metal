#include <metal_stdlib>
using namespace metal;
kernel void E_128_14_14_4_2_2(device float* data0_401408, device float* data1_115200, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 14 */
  int gidx1 = gid.y; /* 14 */
  int gidx2 = gid.z; /* 128 */
  int lidx0 = lid.x; /* 4 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  float val0 = (*(data1_115200+(gidx0+lidx2+(gidx1*15)+(lidx1*15)+(lidx0*225)+(gidx2*900))));
  *(data0_401408+(lidx2+(lidx0<<2)+(lidx1<<1)+(gidx1*224)+(gidx2*3136)+(gidx0<<4))) = val0;
}