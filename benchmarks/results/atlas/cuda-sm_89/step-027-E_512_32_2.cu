typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_512_32_2(float* data0_32768, float* data1_131072) {
  int gidx0 = blockIdx.x; /* 512 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 2 */
  float val0 = (*(data1_131072+((gidx0<<8)+(lidx0<<3)+(lidx1<<1))));
  *(data0_32768+(lidx1+(gidx0<<6)+(lidx0<<1))) = val0;
}