#include <metal_stdlib>
using namespace metal;
kernel void E_128_8_8_8_16_2_2(device float* data0_4194304, device float* data1_802816, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 8 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 128 */
  int lidx0 = lid.x; /* 8 */
  int lidx1 = lid.y; /* 16 */
  int alu0 = (lidx0+(gidx1*7)+(gidx0*784)+(lidx1*49)+(gidx2*6272));
  bool alu1 = (gidx1<7);
  bool alu2 = (lidx0<7);
  float val0 = ((alu2&alu1)?*(data1_802816+alu0):0.0f);
  bool alu3 = (0<gidx1);
  bool alu4 = (0<lidx0);
  float val1 = ((alu4&alu3)?*(data1_802816+(alu0+-8)):0.0f);
  float val2 = ((alu2&alu3)?*(data1_802816+(alu0+-7)):0.0f);
  float val3 = ((alu4&alu1)?*(data1_802816+(alu0+-1)):0.0f);
  *((device float4*)((data0_4194304+((gidx1<<12)+(gidx2<<15)+(lidx0<<9)+(gidx0<<6)+(lidx1<<2))))) = float4(val1,val2,val3,val0);
}