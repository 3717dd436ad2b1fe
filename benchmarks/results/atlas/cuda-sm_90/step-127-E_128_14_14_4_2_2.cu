typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(16) E_128_14_14_4_2_2(float* data0_401408, float* data1_115200) {
  int gidx0 = blockIdx.x; /* 14 */
  int gidx1 = blockIdx.y; /* 14 */
  int gidx2 = blockIdx.z; /* 128 */
  int lidx0 = threadIdx.x; /* 4 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  float val0 = (*(data1_115200+(gidx0+lidx2+(gidx1*15)+(lidx1*15)+(lidx0*225)+(gidx2*900))));
  *(data0_401408+(lidx2+(lidx0<<2)+(lidx1<<1)+(gidx1*224)+(gidx2*3136)+(gidx0<<4))) = val0;
}