typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(16) E_16_4(float* data0_64, float* data1_64) {
  int lidx0 = threadIdx.x; /* 16 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((float4*)((data1_64+alu0))));
  *((float4*)((data0_64+alu0))) = val0;
}