#include <metal_stdlib>
using namespace metal;
kernel void r_98_32_4_32_4(device float* data0_12544, device float* data1_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[4];
  int gidx0 = gid.x; /* 98 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu5 = (alu0+(Ridx0*50176));
    float4 val0 = (*((device float4*)((data1_1605632+(alu5+12544)))));
    float4 val1 = (*((device float4*)((data1_1605632+(alu5+25088)))));
    float4 val2 = (*((device float4*)((data1_1605632+(alu5+37632)))));
    float4 val3 = (*((device float4*)((data1_1605632+alu5))));
    *(buf0+0) = ((*(buf0+0))+val3.x+val0.x+val1.x+val2.x);
    *(buf0+1) = ((*(buf0+1))+val3.y+val0.y+val1.y+val2.y);
    *(buf0+2) = ((*(buf0+2))+val3.z+val0.z+val1.z+val2.z);
    *(buf0+3) = ((*(buf0+3))+val3.w+val0.w+val1.w+val2.w);
  }
  *((device float4*)((data0_12544+alu0))) = float4(((*(buf0+0))*0.0078125f),((*(buf0+1))*0.0078125f),((*(buf0+2))*0.0078125f),((*(buf0+3))*0.0078125f));
}