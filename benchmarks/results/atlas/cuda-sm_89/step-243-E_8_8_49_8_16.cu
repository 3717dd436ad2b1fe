typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_8_8_49_8_16(float* data0_401408, float* data1_401408) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 8 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  float val0 = (*(data1_401408+(gidx0+(gidx2*392)+(lidx0*49)+(gidx1*50176)+(lidx1*3136))));
  *(data0_401408+(gidx0+(gidx1*784)+(lidx1*49)+(gidx2*50176)+(lidx0*6272))) = val0;
}