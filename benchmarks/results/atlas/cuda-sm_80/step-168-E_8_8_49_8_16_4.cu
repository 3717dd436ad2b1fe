typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_8_8_49_8_16_4(float* data0_1605632, float* data1_1605632) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 8 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (gidx0<<2);
  float4 val0 = (*((float4*)((data1_1605632+((gidx2*1568)+(lidx0*196)+alu0+(gidx1*200704)+(lidx1*12544))))));
  *((float4*)((data0_1605632+((gidx1*3136)+(lidx1*196)+alu0+(gidx2*200704)+(lidx0*25088))))) = val0;
}