#include <metal_stdlib>
using namespace metal;
kernel void E_32_4(device float* data0_128, device float* data1_128, device float* data2_1, device float* data3_128, device float* data4_1, device float* data5_128, device float* data6_1, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float val0 = (*(data2_1+0));
  float val1 = (*(data4_1+0));
  float val2 = (*(data6_1+0));
  int lidx0 = lid.x; /* 32 */
  int alu0 = (lidx0<<2);
  float4 val3 = (*((device float4*)((data1_128+alu0))));
  float4 val4 = (*((device float4*)((data3_128+alu0))));
  float4 val5 = (*((device float4*)((data5_128+alu0))));
  float alu1 = (1/(1.0f-val2));
  float alu2 = (1.0f-val1);
  *((device float4*)((data0_128+alu0))) = float4((val3.x-(val0*val4.x*(1/(alu2*(sqrt((val5.x*alu1))+9.99999993922529e-09f))))),(val3.y-(val0*val4.y*(1/(alu2*(sqrt((val5.y*alu1))+9.99999993922529e-09f))))),(val3.z-(val0*val4.z*(1/(alu2*(sqrt((val5.z*alu1))+9.99999993922529e-09f))))),(val3.w-(val0*val4.w*(1/(alu2*(sqrt((val5.w*alu1))+9.99999993922529e-09f))))));
}