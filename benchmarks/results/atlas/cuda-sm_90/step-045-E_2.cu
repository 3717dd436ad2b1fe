typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(2) E_2(uint* data0_2, uint* data1_2) {
  int lidx0 = threadIdx.x; /* 2 */
  uint val0 = (*(data1_2+lidx0));
  *(data0_2+lidx0) = val0;
}