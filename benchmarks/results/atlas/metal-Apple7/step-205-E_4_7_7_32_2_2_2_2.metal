#include <metal_stdlib>
using namespace metal;
kernel void E_4_7_7_32_2_2_2_2(device float* data0_100352, device float* data1_25088, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 7 */
  int gidx1 = gid.y; /* 7 */
  int gidx2 = gid.z; /* 4 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  int alu0 = (lidx2+(gidx0<<1));
  int alu1 = (alu0+(gidx1*28)+(lidx1*14)+(gidx2*6272)+(lidx0*196));
  float val0 = (*(data1_25088+alu1));
  int alu2 = (alu0+(((lidx1+(gidx1<<1)+(gidx2*448)+(lidx0*14)+1791)%1792)*14));
  bool alu3 = (0<(gidx1+lidx1));
  float val1 = (alu3?*(data1_25088+alu2):0.0f);
  bool alu4 = (0<(gidx0+lidx2));
  float val2 = (alu4?*(data1_25088+(alu1+-1)):0.0f);
  float val3 = ((alu4&alu3)?*(data1_25088+(alu2+-1)):0.0f);
  *((device float4*)((data0_100352+((gidx1*112)+(lidx1*56)+(gidx2*25088)+(lidx0*784)+(gidx0<<3)+(lidx2<<2))))) = float4(val3,val1,val2,val0);
}