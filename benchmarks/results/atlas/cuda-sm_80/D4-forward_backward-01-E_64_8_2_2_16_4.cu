typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_64_8_2_2_16_4(float* data0_131072, float* data1_131072) {
  int gidx0 = blockIdx.x; /* 8 */
  int gidx1 = blockIdx.y; /* 64 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 16 */
  int alu0 = (lidx1+(lidx0<<2)+(gidx1<<4)+(gidx0<<14)+(lidx2<<10));
  float val0 = (*(data1_131072+alu0));
  float val1 = (*(data1_131072+(alu0+2)));
  float val2 = (*(data1_131072+(alu0+8)));
  float val3 = (*(data1_131072+(alu0+10)));
  *((float4*)((data0_131072+((gidx1<<11)+(lidx0<<10)+(lidx1<<9)+(gidx0<<6)+(lidx2<<2))))) = make_float4(val3,val2,val1,val0);
}