typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_32_8_25_8_16(float* data0_819200, float* data1_819200) {
  int gidx0 = blockIdx.x; /* 25 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 32 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = ((gidx2*25600)+(lidx0*3200));
  float val0 = (*(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+alu0)));
  float val1 = (*(data1_819200+(lidx1+(gidx1<<4)+(gidx0*-128)+alu0+3072)));
  *(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+alu0)) = ((0.9990000128746033f*val0)+(0.0010000000474974513f*val1*val1));
}