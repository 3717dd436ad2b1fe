#include <metal_stdlib>
using namespace metal;
kernel void r_98_32_4_32_4(device float* data0_12544, device float* data1_1605632, device float* data2_12544, device float* data3_12544, device float* data4_1605632, device float* data5_12544, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[4];
  int gidx0 = gid.x; /* 98 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((device float4*)((data2_12544+alu0))));
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu5 = (alu0+(Ridx0*50176));
    int alu6 = (alu5+12544);
    float4 val1 = (*((device float4*)((data1_1605632+alu6))));
    int alu7 = (alu5+25088);
    float4 val2 = (*((device float4*)((data1_1605632+alu7))));
    int alu8 = (alu5+37632);
    float4 val3 = (*((device float4*)((data1_1605632+alu8))));
    float4 val4 = (*((device float4*)((data1_1605632+alu5))));
    float4 val5 = (*((device float4*)((data4_1605632+alu6))));
    float4 val6 = (*((device float4*)((data4_1605632+alu7))));
    float4 val7 = (*((device float4*)((data4_1605632+alu8))));
    float4 val8 = (*((device float4*)((data4_1605632+alu5))));
    *(buf0+0) = ((*(buf0+0))+((val4.x-val0.x)*val8.x)+((val1.x-val0.x)*val5.x)+((val2.x-val0.x)*val6.x)+((val3.x-val0.x)*val7.x));
    *(buf0+1) = ((*(buf0+1))+((val4.y-val0.y)*val8.y)+((val1.y-val0.y)*val5.y)+((val2.y-val0.y)*val6.y)+((val3.y-val0.y)*val7.y));
    *(buf0+2) = ((*(buf0+2))+((val4.z-val0.z)*val8.z)+((val1.z-val0.z)*val5.z)+((val2.z-val0.z)*val6.z)+((val3.z-val0.z)*val7.z));
    *(buf0+3) = ((*(buf0+3))+((val4.w-val0.w)*val8.w)+((val1.w-val0.w)*val5.w)+((val2.w-val0.w)*val6.w)+((val3.w-val0.w)*val7.w));
  }
  float4 val9 = (*((device float4*)((data3_12544+alu0))));
  float4 val10 = (*((device float4*)((data5_12544+alu0))));
  float alu14 = (1/sqrt((val10.x+9.999999747378752e-06f)));
  float alu15 = (1/sqrt((val10.y+9.999999747378752e-06f)));
  float alu16 = (1/sqrt((val10.z+9.999999747378752e-06f)));
  float alu17 = (1/sqrt((val10.w+9.999999747378752e-06f)));
  *((device float4*)((data0_12544+alu0))) = float4((alu14*alu14*alu14*(*(buf0+0))*val9.x*-0.00390625f),(alu15*alu15*alu15*(*(buf0+1))*val9.y*-0.00390625f),(alu16*alu16*alu16*(*(buf0+2))*val9.z*-0.00390625f),(alu17*alu17*alu17*(*(buf0+3))*val9.w*-0.00390625f));
}