typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_8_8_8_16_4(float* data0_32768, float* data1_131072) {
  int gidx0 = blockIdx.x; /* 8 */
  int gidx1 = blockIdx.y; /* 8 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = ((gidx0<<14)+(lidx1<<10)+(gidx1<<7)+(lidx0<<4));
  float val0 = (*(data1_131072+(alu0+1)));
  float val1 = (*(data1_131072+(alu0+3)));
  float val2 = (*(data1_131072+(alu0+9)));
  float val3 = (*(data1_131072+(alu0+11)));
  *((float4*)((data0_32768+((gidx0<<6)+(lidx1<<2)+(gidx1<<12)+(lidx0<<9))))) = make_float4(val3,val2,val1,val0);
}