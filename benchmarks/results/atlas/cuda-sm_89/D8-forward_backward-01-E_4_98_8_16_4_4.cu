typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_4_98_8_16_4_4(float* data0_802816, float* data1_128, float* data2_6272) {
  int gidx1 = blockIdx.y; /* 4 */
  int lidx0 = threadIdx.x; /* 8 */
  float4 val0 = (*((float4*)((data1_128+((gidx1<<5)+(lidx0<<2))))));
  int gidx0 = blockIdx.x; /* 98 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = ((gidx0<<6)+(lidx1<<2));
  float4 val1 = (*((float4*)((data2_6272+alu0))));
  int alu1 = (alu0+(gidx1*200704)+(lidx0*25088));
  *((float4*)((data0_802816+(alu1+6272)))) = make_float4((val0.y*val1.x),(val0.y*val1.y),(val0.y*val1.z),(val0.y*val1.w));
  *((float4*)((data0_802816+(alu1+12544)))) = make_float4((val0.z*val1.x),(val0.z*val1.y),(val0.z*val1.z),(val0.z*val1.w));
  *((float4*)((data0_802816+(alu1+18816)))) = make_float4((val0.w*val1.x),(val0.w*val1.y),(val0.w*val1.z),(val0.w*val1.w));
  *((float4*)((data0_802816+alu1))) = make_float4((val0.x*val1.x),(val0.x*val1.y),(val0.x*val1.z),(val0.x*val1.w));
}