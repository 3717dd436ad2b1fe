#include <metal_stdlib>
using namespace metal;
kernel void r_196_32_4_64_4(device float* data0_25088, device float* data1_6422528, device float* data2_256, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[4];
  int gidx0 = gid.x; /* 196 */
  int lidx0 = lid.x; /* 32 */
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 64; Ridx0++) {
    int alu4 = (Ridx0<<2);
    int alu5 = ((gidx0<<15)+(lidx0<<10)+alu4);
    float4 val0 = (*((device float4*)((data1_6422528+(alu5+256)))));
    float4 val1 = (*((device float4*)((data1_6422528+(alu5+512)))));
    float4 val2 = (*((device float4*)((data1_6422528+(alu5+768)))));
    float4 val3 = (*((device float4*)((data1_6422528+alu5))));
    float4 val4 = (*((device float4*)((data2_256+alu4))));
    *(buf0+0) = ((*(buf0+0))+(val3.x*val4.x)+(val3.y*val4.y)+(val3.z*val4.z)+(val3.w*val4.w));
    *(buf0+1) = ((*(buf0+1))+(val0.x*val4.x)+(val0.y*val4.y)+(val0.z*val4.z)+(val0.w*val4.w));
    *(buf0+2) = ((*(buf0+2))+(val1.x*val4.x)+(val1.y*val4.y)+(val1.z*val4.z)+(val1.w*val4.w));
    *(buf0+3) = ((*(buf0+3))+(val2.x*val4.x)+(val2.y*val4.y)+(val2.z*val4.z)+(val2.w*val4.w));
  }
  *((device float4*)((data0_25088+((gidx0<<7)+(lidx0<<2))))) = float4((*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3)));
}