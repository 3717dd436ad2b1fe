typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(16) r_16_8_128(float* data0_1, float* data1_1, float* data2_128, float* data3_128, float* data4_128, float* data5_128) {
  float buf0[1];
  float buf1[1];
  float buf2[1];
  __shared__ __align__(16) float buf3[16];
  int lidx0 = threadIdx.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    int alu1 = ((lidx0<<3)+Ridx0);
    float val0 = (*(data2_128+alu1));
    float val1 = (*(data3_128+alu1));
    float alu2 = ((val1<0.0f)?0.0f:val1);
    float alu3 = exp2(((val1-alu2)*1.4426950216293335f));
    float alu4 = -val1;
    float alu5 = ((alu4<0.0f)?0.0f:alu4);
    float alu6 = exp2(((alu4-alu5)*1.4426950216293335f));
    float alu7 = exp2((alu2*-1.4426950216293335f));
    float alu8 = exp2((alu5*-1.4426950216293335f));
    float alu9 = ((1/(alu3+alu7))*val0);
    float alu10 = (alu9*alu3*-0.0078125f);
    float alu11 = ((val0*0.0078125f)+(alu9*alu7*-0.0078125f)+alu10);
    float alu12 = (1.0f-val0);
    float alu13 = ((1/(alu6+alu8))*alu12);
    float alu14 = (alu13*alu6);
    float alu15 = ((alu12*0.0078125f)+(alu13*alu8*-0.0078125f)+(alu14*-0.0078125f));
    float alu16 = ((alu4!=0.0f)?0.0f:(alu15*0.5f));
    float alu17 = ((0.0f<alu4)?alu15:alu16);
    float alu18 = ((val1!=0.0f)?0.0f:(alu11*0.5f));
    float alu19 = ((0.0f<val1)?alu11:alu18);
    *(buf0+0) = ((*(buf0+0))+(alu14*0.0078125f)+alu17+(alu10-alu19));
  }
  *(buf2+0) = 0.0f;
  for (int Ridx1 = 0; Ridx1 < 128; Ridx1++) {
    float val2 = (*(data4_128+Ridx1));
    float val3 = (*(data5_128+Ridx1));
    float alu23 = ((val3<0.0f)?0.0f:val3);
    float alu24 = exp2(((val3-alu23)*1.4426950216293335f));
    float alu25 = -val3;
    float alu26 = ((alu25<0.0f)?0.0f:alu25);
    float alu27 = exp2(((alu25-alu26)*1.4426950216293335f));
    float alu28 = exp2((alu23*-1.4426950216293335f));
    float alu29 = exp2((alu26*-1.4426950216293335f));
    float alu30 = ((1/(alu24+alu28))*val2);
    float alu31 = (alu30*alu24*-0.0078125f);
    float alu32 = ((val2*0.0078125f)+(alu30*alu28*-0.0078125f)+alu31);
    float alu33 = (1.0f-val2);
    float alu34 = ((1/(alu27+alu29))*alu33);
    float alu35 = (alu34*alu27);
    float alu36 = ((alu33*0.0078125f)+(alu34*alu29*-0.0078125f)+(alu35*-0.0078125f));
    float alu37 = ((alu25!=0.0f)?0.0f:(alu36*0.5f));
    float alu38 = ((0.0f<alu25)?alu36:alu37);
    float alu39 = ((val3!=0.0f)?0.0f:(alu32*0.5f));
    float alu40 = ((0.0f<val3)?alu32:alu39);
    *(buf2+0) = ((*(buf2+0))+(alu35*0.0078125f)+alu38+(alu31-alu40));
  }
  *(buf3+lidx0) = (*(buf0+0));
  __syncthreads();
  *(buf1+0) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    float val4 = (*(buf3+Ridx102));
    *(buf1+0) = ((*(buf1+0))+val4);
  }
  float val5 = (*(data1_1+0));
  if ((lidx0==0)) {
    *(data0_1+0) = ((0.8999999761581421f*val5)+(0.10000000149011612f*((*(buf1+0))+(*(buf2+0)))));
  }
}