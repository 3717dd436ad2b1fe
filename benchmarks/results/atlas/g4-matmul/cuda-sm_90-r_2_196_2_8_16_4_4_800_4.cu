typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) r_2_196_2_8_16_4_4_800_4(float* data0_1605632, float* data1_40140800, float* data2_819200) {
  float buf0[16];
  int gidx0 = blockIdx.x; /* 2 */
  int gidx1 = blockIdx.y; /* 196 */
  int gidx2 = blockIdx.z; /* 2 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  *(buf0+4) = 0.0f;
  *(buf0+5) = 0.0f;
  *(buf0+6) = 0.0f;
  *(buf0+7) = 0.0f;
  *(buf0+8) = 0.0f;
  *(buf0+9) = 0.0f;
  *(buf0+10) = 0.0f;
  *(buf0+11) = 0.0f;
  *(buf0+12) = 0.0f;
  *(buf0+13) = 0.0f;
  *(buf0+14) = 0.0f;
  *(buf0+15) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 800; Ridx0++) {
    int alu16 = ((gidx2*3200)+(Ridx0<<2));
    int alu17 = ((gidx1*204800)+(lidx0*25600)+alu16);
    float4 val0 = (*((float4*)((data1_40140800+(alu17+6400)))));
    float4 val1 = (*((float4*)((data1_40140800+(alu17+12800)))));
    float4 val2 = (*((float4*)((data1_40140800+(alu17+19200)))));
    float4 val3 = (*((float4*)((data1_40140800+alu17))));
    int alu18 = ((gidx0*409600)+(lidx1*25600)+alu16);
    float4 val4 = (*((float4*)((data2_819200+(alu18+6400)))));
    float4 val5 = (*((float4*)((data2_819200+(alu18+12800)))));
    float4 val6 = (*((float4*)((data2_819200+(alu18+19200)))));
    float4 val7 = (*((float4*)((data2_819200+alu18))));
    *(buf0+0) = ((*(buf0+0))+(val3.x*val7.x)+(val3.y*val7.y)+(val3.z*val7.z)+(val3.w*val7.w));
    *(buf0+1) = ((*(buf0+1))+(val3.x*val4.x)+(val3.y*val4.y)+(val3.z*val4.z)+(val3.w*val4.w));
    *(buf0+2) = ((*(buf0+2))+(val3.x*val5.x)+(val3.y*val5.y)+(val3.z*val5.z)+(val3.w*val5.w));
    *(buf0+3) = ((*(buf0+3))+(val3.x*val6.x)+(val3.y*val6.y)+(val3.z*val6.z)+(val3.w*val6.w));
    *(buf0+4) = ((*(buf0+4))+(val0.x*val7.x)+(val0.y*val7.y)+(val0.z*val7.z)+(val0.w*val7.w));
    *(buf0+5) = ((*(buf0+5))+(val0.x*val4.x)+(val0.y*val4.y)+(val0.z*val4.z)+(val0.w*val4.w));
    *(buf0+6) = ((*(buf0+6))+(val0.x*val5.x)+(val0.y*val5.y)+(val0.z*val5.z)+(val0.w*val5.w));
    *(buf0+7) = ((*(buf0+7))+(val0.x*val6.x)+(val0.y*val6.y)+(val0.z*val6.z)+(val0.w*val6.w));
    *(buf0+8) = ((*(buf0+8))+(val1.x*val7.x)+(val1.y*val7.y)+(val1.z*val7.z)+(val1.w*val7.w));
    *(buf0+9) = ((*(buf0+9))+(val1.x*val4.x)+(val1.y*val4.y)+(val1.z*val4.z)+(val1.w*val4.w));
    *(buf0+10) = ((*(buf0+10))+(val1.x*val5.x)+(val1.y*val5.y)+(val1.z*val5.z)+(val1.w*val5.w));
    *(buf0+11) = ((*(buf0+11))+(val1.x*val6.x)+(val1.y*val6.y)+(val1.z*val6.z)+(val1.w*val6.w));
    *(buf0+12) = ((*(buf0+12))+(val2.x*val7.x)+(val2.y*val7.y)+(val2.z*val7.z)+(val2.w*val7.w));
    *(buf0+13) = ((*(buf0+13))+(val2.x*val4.x)+(val2.y*val4.y)+(val2.z*val4.z)+(val2.w*val4.w));
    *(buf0+14) = ((*(buf0+14))+(val2.x*val5.x)+(val2.y*val5.y)+(val2.z*val5.z)+(val2.w*val5.w));
    *(buf0+15) = ((*(buf0+15))+(val2.x*val6.x)+(val2.y*val6.y)+(val2.z*val6.z)+(val2.w*val6.w));
  }
  int alu36 = ((gidx0<<6)+(lidx1<<2)+(gidx1<<12)+(lidx0<<9)+(gidx2*802816));
  *((float4*)((data0_1605632+(alu36+128)))) = make_float4((*(buf0+4)),(*(buf0+5)),(*(buf0+6)),(*(buf0+7)));
  *((float4*)((data0_1605632+(alu36+256)))) = make_float4((*(buf0+8)),(*(buf0+9)),(*(buf0+10)),(*(buf0+11)));
  *((float4*)((data0_1605632+(alu36+384)))) = make_float4((*(buf0+12)),(*(buf0+13)),(*(buf0+14)),(*(buf0+15)));
  *((float4*)((data0_1605632+alu36))) = make_float4((*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3)));
}