#include <metal_stdlib>
using namespace metal;
kernel void E_128_7_7_4_2_2_16_2_2(device float* data0_6422528, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 28 */
  int gidx1 = gid.y; /* 7 */
  int gidx2 = gid.z; /* 128 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 16 */
  int alu0 = (gidx0%7);
  int alu1 = (lidx1+(alu0<<1));
  int alu2 = (gidx0/7);
  int alu3 = (alu1+(gidx1*28)+(lidx0*14)+(lidx2*196)+(alu2*3136)+(gidx2*12544));
  float val0 = (*(data1_1605632+alu3));
  bool alu4 = (0<(gidx1+lidx0));
  float val1 = (alu4?*(data1_1605632+(alu3+-14)):0.0f);
  bool alu5 = (alu1<13);
  float val2 = ((alu4&alu5)?*(data1_1605632+(alu3+-13)):0.0f);
  float val3 = (alu5?*(data1_1605632+(alu3+1)):0.0f);
  *((device float4*)((data0_6422528+((gidx1*7168)+(lidx0*3584)+(gidx2*50176)+(lidx1<<8)+(alu0<<9)+(lidx2<<2)+(alu2<<6))))) = float4(val1,val2,val0,val3);
}