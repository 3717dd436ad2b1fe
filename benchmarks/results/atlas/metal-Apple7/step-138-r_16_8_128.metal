#include <metal_stdlib>
using namespace metal;
kernel void r_16_8_128(device float* data0_1, device float* data1_128, device float* data2_128, device float* data3_128, device float* data4_128, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  float buf0[1];
  float buf1[1];
  float buf2[1];
  threadgroup __attribute__((aligned(16))) float buf3[16];
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
  *(buf2+0) = 0.0f;
  for (int Ridx1 = 0; Ridx1 < 128; Ridx1++) {
    float val2 = (*(data3_128+Ridx1));
    float val3 = (*(data4_128+Ridx1));
    float alu8 = ((val2<0.0f)?0.0f:val2);
    float alu9 = -val2;
    float alu10 = ((alu9<0.0f)?0.0f:alu9);
    *(buf2+0) = ((*(buf2+0))+(((log2((exp2(((val2-alu8)*1.4426950216293335f))+exp2((alu8*-1.4426950216293335f))))*0.6931471824645996f)+alu8)*val3)+(((log2((exp2(((alu9-alu10)*1.4426950216293335f))+exp2((alu10*-1.4426950216293335f))))*0.6931471824645996f)+alu10)*(1.0f-val3)));
  }
  *(buf3+lidx0) = (*(buf0+0));
  threadgroup_barrier(mem_flags::mem_threadgroup);
  *(buf1+0) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    float val4 = (*(buf3+Ridx102));
    *(buf1+0) = ((*(buf1+0))+val4);
  }
  if ((lidx0==0)) {
    *(data0_1+0) = (((*(buf1+0))*0.0078125f)+((*(buf2+0))*0.0078125f));
  }
}