#include <metal_stdlib>
using namespace metal;
kernel void E_8192_2_2_2_2(device float* data0_131072, device float* data1_131072, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int gidx1 = gid.y; /* 8192 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  int alu0 = (gidx1<<4);
  float val0 = (*(data1_131072+(lidx0+alu0+(lidx2<<1)+(gidx0<<2)+(lidx1<<3))));
  *(data0_131072+(lidx2+(gidx0<<3)+alu0+(lidx0<<2)+(lidx1<<1))) = val0;
}