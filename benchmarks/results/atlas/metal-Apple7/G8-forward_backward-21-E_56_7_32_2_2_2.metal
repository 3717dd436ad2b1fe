#include <metal_stdlib>
using namespace metal;
kernel void E_56_7_32_2_2_2(device float* data0_100352, device float* data1_100352, device float* data2_25088, device float* data3_25088, device float* data4_25088, device float* data5_25088, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 7 */
  int gidx1 = gid.y; /* 56 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 2 */
  int alu0 = (lidx1+(gidx0<<1)+(gidx1*448)+(lidx0*14));
  float val0 = (*(data2_25088+alu0));
  float val1 = (*(data3_25088+alu0));
  float val2 = (*(data4_25088+alu0));
  float val3 = (*(data5_25088+alu0));
  int alu1 = ((gidx0<<2)+(lidx1<<1));
  int alu2 = (alu1+(gidx1*1792)+(lidx0*56));
  float2 val4 = (*((device float2*)((data1_100352+(alu2+28)))));
  float2 val5 = (*((device float2*)((data1_100352+alu2))));
  float alu3 = (1/(1.0f+exp2((val0*-2.885390043258667f))));
  float alu4 = (1/(1.0f+exp2((val1*-2.885390043258667f))));
  float alu5 = (1/(1.0f+exp2((val2*-2.885390043258667f))));
  float alu6 = (1/(1.0f+exp2((val3*-2.885390043258667f))));
  int alu7 = (alu1+(gidx1*896)+(lidx0*28));
  *((device float2*)((data0_100352+(alu7+50176)))) = float2((val4.x*alu4*(1.0f-alu4)*4.0f),(val4.y*alu3*(1.0f-alu3)*4.0f));
  *((device float2*)((data0_100352+alu7))) = float2((val5.x*alu6*(1.0f-alu6)*4.0f),(val5.y*alu5*(1.0f-alu5)*4.0f));
}