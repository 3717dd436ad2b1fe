#include <metal_stdlib>
using namespace metal;
kernel void r_784_8_16_4_4_4(device float* data0_1605632, device float* data1_100352, device float* data2_256, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 784 */
  int lidx0 = lid.x; /* 8 */
  int alu0 = ((gidx0<<7)+(lidx0<<4));
  float4 val0 = (*((device float4*)((data1_100352+(alu0+4)))));
  float4 val1 = (*((device float4*)((data1_100352+(alu0+8)))));
  float4 val2 = (*((device float4*)((data1_100352+(alu0+12)))));
  float4 val3 = (*((device float4*)((data1_100352+alu0))));
  int lidx1 = lid.y; /* 16 */
  int alu1 = (lidx1<<4);
  float4 val4 = (*((device float4*)((data2_256+(alu1+4)))));
  float4 val5 = (*((device float4*)((data2_256+(alu1+8)))));
  float4 val6 = (*((device float4*)((data2_256+(alu1+12)))));
  float4 val7 = (*((device float4*)((data2_256+alu1))));
  int alu2 = ((gidx0<<11)+(lidx0<<8)+(lidx1<<2));
  *((device float4*)((data0_1605632+(alu2+64)))) = float4(((val0.x*val7.x)+(val0.y*val7.y)+(val0.z*val7.z)+(val0.w*val7.w)),((val0.x*val4.x)+(val0.y*val4.y)+(val0.z*val4.z)+(val0.w*val4.w)),((val0.x*val5.x)+(val0.y*val5.y)+(val0.z*val5.z)+(val0.w*val5.w)),((val0.x*val6.x)+(val0.y*val6.y)+(val0.z*val6.z)+(val0.w*val6.w)));
  *((device float4*)((data0_1605632+(alu2+128)))) = float4(((val1.x*val7.x)+(val1.y*val7.y)+(val1.z*val7.z)+(val1.w*val7.w)),((val1.x*val4.x)+(val1.y*val4.y)+(val1.z*val4.z)+(val1.w*val4.w)),((val1.x*val5.x)+(val1.y*val5.y)+(val1.z*val5.z)+(val1.w*val5.w)),((val1.x*val6.x)+(val1.y*val6.y)+(val1.z*val6.z)+(val1.w*val6.w)));
  *((device float4*)((data0_1605632+(alu2+192)))) = float4(((val2.x*val7.x)+(val2.y*val7.y)+(val2.z*val7.z)+(val2.w*val7.w)),((val2.x*val4.x)+(val2.y*val4.y)+(val2.z*val4.z)+(val2.w*val4.w)),((val2.x*val5.x)+(val2.y*val5.y)+(val2.z*val5.z)+(val2.w*val5.w)),((val2.x*val6.x)+(val2.y*val6.y)+(val2.z*val6.z)+(val2.w*val6.w)));
  *((device float4*)((data0_1605632+alu2))) = float4(((val3.x*val7.x)+(val3.y*val7.y)+(val3.z*val7.z)+(val3.w*val7.w)),((val3.x*val4.x)+(val3.y*val4.y)+(val3.z*val4.z)+(val3.w*val4.w)),((val3.x*val5.x)+(val3.y*val5.y)+(val3.z*val5.z)+(val3.w*val5.w)),((val3.x*val6.x)+(val3.y*val6.y)+(val3.z*val6.z)+(val3.w*val6.w)));
}