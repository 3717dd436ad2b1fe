#include <metal_stdlib>
using namespace metal;
kernel void E_12544_32_4(device float* data0_1605632, device bool* data1_1605632, device float* data2_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 12544 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  bool val0 = (*(data1_1605632+(alu0+1)));
  bool val1 = (*(data1_1605632+(alu0+2)));
  bool val2 = (*(data1_1605632+(alu0+3)));
  bool val3 = (*(data1_1605632+alu0));
  float4 val4 = (*((device float4*)((data2_1605632+alu0))));
  float alu1 = (val0?val4.y:0.0f);
  float alu2 = (val1?val4.z:0.0f);
  float alu3 = (val2?val4.w:0.0f);
  float alu4 = (val3?val4.x:0.0f);
  *((device float4*)((data0_1605632+alu0))) = float4((alu4*1.4285714626312256f),(alu1*1.4285714626312256f),(alu2*1.4285714626312256f),(alu3*1.4285714626312256f));
}