#include <metal_stdlib>
using namespace metal;
kernel void E_64_8_7_7_16_2_2_2_2(device float* data0_6422528, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 49 */
  int gidx1 = gid.y; /* 8 */
  int gidx2 = gid.z; /* 64 */
  int lidx0 = lid.x; /* 16 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  int alu0 = (gidx0/7);
  int alu1 = (lidx2+(alu0<<1));
  int alu2 = (gidx0%7);
  int alu3 = ((lidx1*14)+(alu2*28));
  int alu4 = (alu1+alu3+(gidx2*196)+(gidx1*200704)+(lidx0*12544));
  float val0 = (*(data1_1605632+alu4));
  bool alu5 = (0<(lidx1+alu2));
  bool alu6 = (0<(lidx2+alu0));
  float val1 = ((alu5&alu6)?*(data1_1605632+(alu4+-15)):0.0f);
  float val2 = (alu5?*(data1_1605632+(alu4+-14)):0.0f);
  float val3 = (alu6?*(data1_1605632+(alu4+-1)):0.0f);
  int alu7 = (alu1+(gidx1*3136)+(lidx0*196)+alu3+(gidx2*100352));
  *(data0_6422528+alu7) = val1;
  *(data0_6422528+(alu7+25088)) = val2;
  *(data0_6422528+(alu7+50176)) = val3;
  *(data0_6422528+(alu7+75264)) = val0;
}