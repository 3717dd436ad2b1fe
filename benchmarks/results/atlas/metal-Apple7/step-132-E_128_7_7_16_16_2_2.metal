#include <metal_stdlib>
using namespace metal;
kernel void E_128_7_7_16_16_2_2(device float* data0_6422528, device float* data1_2097152, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 112 */
  int gidx1 = gid.y; /* 7 */
  int gidx2 = gid.z; /* 128 */
  int lidx0 = lid.x; /* 16 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  float val0 = (*(data1_2097152+(lidx2+alu0+(gidx1<<3)+(lidx1<<3)+(lidx0<<6)+(alu1<<10)+(gidx2<<14))));
  *(data0_6422528+(lidx2+(lidx0<<2)+(alu1<<6)+(lidx1<<1)+(gidx1*7168)+(gidx2*50176)+(alu0<<10))) = val0;
}