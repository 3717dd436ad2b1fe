#include <metal_stdlib>
using namespace metal;
kernel void E_64_2_2_2_2(device float* data0_1024, device float* data1_1024, device float* data2_1024, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 2 */
  int gidx1 = gid.y; /* 64 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 2 */
  float val0 = (*(data0_1024+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4))));
  int alu0 = (gidx1+(lidx1<<6)+(gidx0<<7)+(lidx0<<9)+(lidx2<<8));
  float val1 = (*(data1_1024+alu0));
  float val2 = (*(data2_1024+alu0));
  float alu1 = (val1+val2);
  *(data0_1024+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4))) = ((0.9990000128746033f*val0)+(0.0010000000474974513f*alu1*alu1));
}