#include <metal_stdlib>
using namespace metal;
kernel void E_256_8_7_7_2_2_16(device float* data0_6422528, device float* data1_2097152, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 256 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 16 */
  int alu0 = (gidx0/7);
  int alu1 = (gidx0%7);
  float val0 = (*(data1_2097152+(lidx1+alu0+(lidx0<<3)+(alu1<<3)+(gidx2<<6)+(gidx1<<18)+(lidx2<<14))));
  *(data0_6422528+((gidx1*784)+(lidx2*49)+(alu1*7)+alu0+(gidx2*25088)+(lidx0*12544)+(lidx1*6272))) = val0;
}