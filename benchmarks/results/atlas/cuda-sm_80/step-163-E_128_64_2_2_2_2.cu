typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(8) E_128_64_2_2_2_2(float* data0_131072, float* data1_131072, float* data2_131072) {
  int gidx0 = blockIdx.x; /* 2 */
  int gidx1 = blockIdx.y; /* 64 */
  int gidx2 = blockIdx.z; /* 128 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  float val0 = (*(data0_131072+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4)+(gidx2<<10))));
  int alu0 = (gidx2+(lidx1<<7)+(gidx0<<8)+(lidx0<<10)+(lidx2<<9)+(gidx1<<11));
  float val1 = (*(data1_131072+alu0));
  float val2 = (*(data2_131072+alu0));
  float alu1 = (val1+val2);
  *(data0_131072+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4)+(gidx2<<10))) = ((0.9990000128746033f*val0)+(0.0010000000474974513f*alu1*alu1));
}