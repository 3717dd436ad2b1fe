typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_56_7_32_2_2_2(float* data0_100352, float* data1_100352, float* data2_25088, float* data3_25088, float* data4_25088, float* data5_25088) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 56 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 2 */
  int alu0 = (lidx1+(gidx0<<1)+(gidx1*448)+(lidx0*14));
  float val0 = (*(data2_25088+alu0));
  float val1 = (*(data3_25088+alu0));
  float val2 = (*(data4_25088+alu0));
  float val3 = (*(data5_25088+alu0));
  int alu1 = ((gidx0<<2)+(lidx1<<1));
  int alu2 = (alu1+(gidx1*1792)+(lidx0*56));
  float2 val4 = (*((float2*)((data1_100352+(alu2+28)))));
  float2 val5 = (*((float2*)((data1_100352+alu2))));
  float alu3 = (1/(1.0f+exp2((val0*-2.885390043258667f))));
  float alu4 = (1/(1.0f+exp2((val1*-2.885390043258667f))));
  float alu5 = (1/(1.0f+exp2((val2*-2.885390043258667f))));
  float alu6 = (1/(1.0f+exp2((val3*-2.885390043258667f))));
  int alu7 = (alu1+(gidx1*896)+(lidx0*28));
  *((float2*)((data0_100352+(alu7+50176)))) = make_float2((val4.x*alu4*(1.0f-alu4)*4.0f),(val4.y*alu3*(1.0f-alu3)*4.0f));
  *((float2*)((data0_100352+alu7))) = make_float2((val5.x*alu6*(1.0f-alu6)*4.0f),(val5.y*alu5*(1.0f-alu5)*4.0f));
}