#include <metal_stdlib>
using namespace metal;
kernel void E_784_32_4_4_4(device float* data0_1605632, device float* data1_1605632, device float* data2_12544, device float* data3_12544, device float* data4_12544, device float* data5_12544, device float* data6_1605632, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 784 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 4 */
  int alu0 = ((gidx0<<4)+(lidx1<<2));
  int alu1 = (alu0+(lidx0*50176));
  int alu2 = (alu1+12544);
  float4 val0 = (*((device float4*)((data1_1605632+alu2))));
  int alu3 = (alu1+25088);
  float4 val1 = (*((device float4*)((data1_1605632+alu3))));
  int alu4 = (alu1+37632);
  float4 val2 = (*((device float4*)((data1_1605632+alu4))));
  float4 val3 = (*((device float4*)((data1_1605632+alu1))));
  float4 val4 = (*((device float4*)((data2_12544+alu0))));
  float4 val5 = (*((device float4*)((data3_12544+alu0))));
  float4 val6 = (*((device float4*)((data4_12544+alu0))));
  float4 val7 = (*((device float4*)((data5_12544+alu0))));
  float4 val8 = (*((device float4*)((data6_1605632+alu2))));
  float4 val9 = (*((device float4*)((data6_1605632+alu3))));
  float4 val10 = (*((device float4*)((data6_1605632+alu4))));
  float4 val11 = (*((device float4*)((data6_1605632+alu1))));
  float alu5 = (1/sqrt((val7.x+9.999999747378752e-06f)));
  float alu6 = (1/sqrt((val7.y+9.999999747378752e-06f)));
  float alu7 = (1/sqrt((val7.z+9.999999747378752e-06f)));
  float alu8 = (1/sqrt((val7.w+9.999999747378752e-06f)));
  *((device float4*)((data0_1605632+alu2))) = float4((((val0.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val8.x)),(((val0.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val8.y)),(((val0.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val8.z)),(((val0.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val8.w)));
  *((device float4*)((data0_1605632+alu3))) = float4((((val1.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val9.x)),(((val1.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val9.y)),(((val1.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val9.z)),(((val1.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val9.w)));
  *((device float4*)((data0_1605632+alu4))) = float4((((val2.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val10.x)),(((val2.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val10.y)),(((val2.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val10.z)),(((val2.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val10.w)));
  *((device float4*)((data0_1605632+alu1))) = float4((((val3.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val11.x)),(((val3.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val11.y)),(((val3.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val11.z)),(((val3.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val11.w)));
}