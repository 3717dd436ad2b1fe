typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_1792_7_32(float* data0_401408, float* data1_1605632) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 1792 */
  int lidx0 = threadIdx.x; /* 32 */
  float val0 = (*(data1_1605632+((gidx1*896)+(lidx0*28)+(gidx0<<1)+14)));
  *(data0_401408+(gidx0+(gidx1*224)+(lidx0*7))) = val0;
}