typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_64_8_16_2_2(float* data0_32768, float* data1_131072) {
  int gidx0 = blockIdx.x; /* 8 */
  int gidx1 = blockIdx.y; /* 64 */
  int lidx0 = threadIdx.x; /* 16 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  float val0 = (*(data1_131072+((lidx1*-8)+(lidx2*-2)+(gidx1<<4)+(gidx0<<14)+(lidx0<<10)+10)));
  *(data0_32768+(lidx2+(gidx0<<6)+(lidx0<<2)+(lidx1<<1)+(gidx1<<9))) = val0;
}