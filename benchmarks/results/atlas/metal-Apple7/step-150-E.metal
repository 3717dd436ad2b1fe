#include <metal_stdlib>
using namespace metal;
kernel void E(device float* data0_1, device float* data1_1, device float* data2_1, device float* data3_1, device float* data4_1, device float* data5_1, device float* data6_1, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float val0 = (*(data1_1+0));
  float val1 = (*(data2_1+0));
  float val2 = (*(data3_1+0));
  float val3 = (*(data4_1+0));
  float val4 = (*(data5_1+0));
  float val5 = (*(data6_1+0));
  *(data0_1+0) = (val0-(val1*val2*(1/((1.0f-val3)*(sqrt((val4*(1/(1.0f-val5))))+9.99999993922529e-09f)))));
}