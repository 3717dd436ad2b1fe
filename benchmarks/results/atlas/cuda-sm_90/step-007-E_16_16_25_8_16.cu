typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_16_25_8_16(float* data0_819200, float* data1_819200) {
  int gidx0 = blockIdx.x; /* 25 */
  int gidx1 = blockIdx.y; /* 16 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  float val0 = (*(data1_819200+((((gidx2*200)+(lidx0*25))-gidx0)+(gidx1*51200)+(lidx1*3200)+24)));
  *(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+(gidx2*51200)+(lidx0*6400))) = val0;
}