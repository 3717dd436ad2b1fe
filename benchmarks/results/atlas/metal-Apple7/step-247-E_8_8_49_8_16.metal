#include <metal_stdlib>
using namespace metal;
kernel void E_8_8_49_8_16(device float* data0_401408, device float* data1_401408, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 8 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  float val0 = (*(data1_401408+(gidx0+(gidx2*392)+(lidx0*49)+(gidx1*50176)+(lidx1*3136))));
  *(data0_401408+(gidx0+(gidx1*784)+(lidx1*49)+(gidx2*50176)+(lidx0*6272))) = val0;
}