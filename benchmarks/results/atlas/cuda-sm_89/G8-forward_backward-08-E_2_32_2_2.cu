typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_2_32_2_2(float* data0_256, float* data1_1024) {
  int gidx0 = blockIdx.x; /* 2 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  float val0 = (*(data1_1024+((gidx0<<9)+(lidx0<<4)+(lidx1*-8)+(lidx2*-2)+15)));
  *(data0_256+(lidx2+(gidx0<<7)+(lidx0<<2)+(lidx1<<1))) = val0;
}