typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_256_8_7_7_2_2_16(float* data0_6422528, float* data1_2097152) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 256 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 16 */
  int alu0 = (gidx0/7);
  int alu1 = (gidx0%7);
  float val0 = (*(data1_2097152+(lidx1+alu0+(lidx0<<3)+(alu1<<3)+(gidx2<<6)+(gidx1<<18)+(lidx2<<14))));
  *(data0_6422528+((gidx1*784)+(lidx2*49)+(alu1*7)+alu0+(gidx2*25088)+(lidx0*12544)+(lidx1*6272))) = val0;
}