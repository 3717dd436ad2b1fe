#include <metal_stdlib>
using namespace metal;
kernel void E_4_2_2_16_4(device float* data0_1024, device float* data1_1024, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 4 */
  int lidx0 = lid.x; /* 2 */
  int lidx1 = lid.y; /* 2 */
  int lidx2 = lid.z; /* 16 */
  int alu0 = (lidx1+(lidx0<<2)+(gidx0<<8)+(lidx2<<4));
  float val0 = (*(data1_1024+alu0));
  float val1 = (*(data1_1024+(alu0+2)));
  float val2 = (*(data1_1024+(alu0+8)));
  float val3 = (*(data1_1024+(alu0+10)));
  *((device float4*)((data0_1024+((gidx0<<6)+(lidx2<<2)+(lidx0<<9)+(lidx1<<8))))) = float4(val3,val2,val1,val0);
}