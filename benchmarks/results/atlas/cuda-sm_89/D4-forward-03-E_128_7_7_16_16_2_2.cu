typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_128_7_7_16_16_2_2(float* data0_6422528, float* data1_2097152) {
  int gidx0 = blockIdx.x; /* 112 */
  int gidx1 = blockIdx.y; /* 7 */
  int gidx2 = blockIdx.z; /* 128 */
  int lidx0 = threadIdx.x; /* 16 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  float val0 = (*(data1_2097152+(lidx2+alu0+(gidx1<<3)+(lidx1<<3)+(lidx0<<6)+(alu1<<10)+(gidx2<<14))));
  *(data0_6422528+(lidx2+(lidx0<<2)+(alu1<<6)+(lidx1<<1)+(gidx1*7168)+(gidx2*50176)+(alu0<<10))) = val0;
}