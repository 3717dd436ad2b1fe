typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_56_7_32_2_2_2(float* data0_100352, float* data1_25088, float* data2_25088, float* data3_25088, float* data4_25088) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 56 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 2 */
  int alu0 = (lidx1+(gidx0<<1)+(gidx1*448)+(lidx0*14));
  float val0 = (*(data1_25088+alu0));
  float val1 = (*(data2_25088+alu0));
  float val2 = (*(data3_25088+alu0));
  float val3 = (*(data4_25088+alu0));
  int alu1 = ((gidx0<<2)+(lidx1<<1)+(gidx1*1792)+(lidx0*56));
  *((float2*)((data0_100352+(alu1+28)))) = make_float2(exp2((val1*-2.885390043258667f)),exp2((val0*-2.885390043258667f)));
  *((float2*)((data0_100352+alu1))) = make_float2(exp2((val3*-2.885390043258667f)),exp2((val2*-2.885390043258667f)));
}