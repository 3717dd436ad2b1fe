typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_6272_32_4(float* data0_802816, float* data1_802816) {
  int gidx0 = blockIdx.x; /* 6272 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((float4*)((data1_802816+alu0))));
  float alu1 = ((0.0f<val0.x)?val0.x:0.0f);
  float alu2 = ((0.0f<val0.y)?val0.y:0.0f);
  float alu3 = ((0.0f<val0.z)?val0.z:0.0f);
  float alu4 = ((0.0f<val0.w)?val0.w:0.0f);
  *((float4*)((data0_802816+alu0))) = make_float4(alu1,alu2,alu3,alu4);
}