#include <metal_stdlib>
using namespace metal;
kernel void E_56_7_32_2_2_2(device float* data0_100352, device float* data1_25088, device float* data2_25088, device float* data3_25088, device float* data4_25088, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 7 */
  int gidx1 = gid.y; /* 56 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  int alu0 = (lidx1+(gidx0<<1)+(gidx1*448)+(lidx0*14));
  float val0 = (*(data1_25088+alu0));
  float val1 = (*(data2_25088+alu0));
  float val2 = (*(data3_25088+alu0));
  float val3 = (*(data4_25088+alu0));
  int alu1 = ((gidx0<<2)+(lidx1<<1)+(gidx1*1792)+(lidx0*56));
  *((device float2*)((data0_100352+(alu1+28)))) = float2(exp2((val1*-2.885390043258667f)),exp2((val0*-2.885390043258667f)));
  *((device float2*)((data0_100352+alu1))) = float2(exp2((val3*-2.885390043258667f)),exp2((val2*-2.885390043258667f)));
}