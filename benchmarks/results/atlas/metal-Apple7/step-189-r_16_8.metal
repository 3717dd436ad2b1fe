#include <metal_stdlib>
using namespace metal;
kernel void r_16_8(device float* data0_1, device float* data1_128, device float* data2_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  threadgroup __attribute__((aligned(16))) float buf2[16];
  int lidx0 = lid.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    int alu1 = ((lidx0<<3)+Ridx0);
    float val0 = (*(data1_128+alu1));
    float val1 = (*(data2_128+alu1));
    float alu2 = ((val0<0.0f)?0.0f:val0);
    float alu3 = -val0;
    float alu4 = ((alu3<0.0f)?0.0f:alu3);
    *(buf0+0) = ((*(buf0+0))+(((log2((exp2(((val0-alu2)*1.4426950216293335f))+exp2((alu2*-1.4426950216293335f))))*0.6931471824645996f)+alu2)*val1)+(((log2((exp2(((alu3-alu4)*1.4426950216293335f))+exp2((alu4*-1.4426950216293335f))))*0.6931471824645996f)+alu4)*(1.0f-val1)));
  }
  *(buf2+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx101 = 0; Ridx101 < 16; Ridx101++) {
    float val2 = (*(buf2+Ridx101));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_1+0) = ((*(buf1+0))*0.0078125f);
  }
}