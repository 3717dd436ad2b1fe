#include <metal_stdlib>
using namespace metal;
kernel void E_64_2_2_2_2(device float* data0_1024, device float* data1_1024, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int gidx1 = gid.y; /* 64 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  int alu0 = (gidx1<<4);
  float val0 = (*(data1_1024+(lidx0+(lidx2<<1)+(gidx0<<2)+(lidx1<<3)+alu0)));
  *(data0_1024+(lidx2+(gidx0<<3)+(lidx0<<2)+(lidx1<<1)+alu0)) = val0;
}