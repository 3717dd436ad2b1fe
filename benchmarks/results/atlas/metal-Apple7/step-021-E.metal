#include <metal_stdlib>
using namespace metal;
kernel void E(device float* data0_1, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float val0 = (*(data0_1+0));
  *(data0_1+0) = (val0*0.8999999761581421f);
}