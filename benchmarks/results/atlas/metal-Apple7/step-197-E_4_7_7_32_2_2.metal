#include <metal_stdlib>
using namespace metal;
kernel void E_4_7_7_32_2_2(device float* data0_25088, device float* data1_115200, device float* data2_100352, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 7 */
  int gidx1 = gid.y; /* 7 */
  int gidx2 = gid.z; /* 4 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  float val0 = (*(data1_115200+((gidx0<<3)+(lidx2<<2)+(gidx1*120)+(lidx1*60)+(gidx2*28800)+(lidx0*900)+3)));
  float val1 = (*(data2_100352+((gidx0<<2)+(lidx2<<1)+(gidx1*112)+(lidx1*56)+(gidx2*25088)+(lidx0*784))));
  float alu0 = (1/(1.0f+val1));
  *(data0_25088+(lidx2+(gidx0<<1)+(gidx1*28)+(lidx1*14)+(gidx2*6272)+(lidx0*196))) = (val0*alu0*(1.0f-alu0)*4.0f);
}