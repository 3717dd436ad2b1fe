#include <metal_stdlib>
using namespace metal;
kernel void E_64_15_5_4_2_3_16_2_2(device float* data0_7372800, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 20 */
  int gidx1 = gid.y; /* 15 */
  int gidx2 = gid.z; /* 64 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 3 */
  int lidx2 = lid.z; /* 16 */
  int alu0 = (gidx0%5);
  int alu1 = (lidx1+(alu0*3));
  int alu2 = (gidx0/5);
  int alu3 = (alu1+(gidx1*14)+(lidx2*196)+(alu2*3136)+(gidx2*25088)+(lidx0*12544));
  bool alu4 = (gidx1<14);
  bool alu5 = (alu1<14);
  float val0 = ((alu4&alu5)?*(data1_1605632+alu3):0.0f);
  bool alu6 = (0<gidx1);
  bool alu7 = (0<(lidx1+alu0));
  float val1 = ((alu6&alu7)?*(data1_1605632+(alu3+-15)):0.0f);
  float val2 = ((alu6&alu5)?*(data1_1605632+(alu3+-14)):0.0f);
  float val3 = ((alu4&alu7)?*(data1_1605632+(alu3+-1)):0.0f);
  *((device float4*)((data0_7372800+((gidx2*115200)+(lidx0*57600)+(gidx1*3840)+(lidx1<<8)+(alu0*768)+(lidx2<<2)+(alu2<<6))))) = float4(val1,val2,val3,val0);
}