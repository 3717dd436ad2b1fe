typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_12544_32_4(float* data0_1605632, float* data1_1605632, float* data2_1605632) {
  int gidx0 = blockIdx.x; /* 12544 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((float4*)((data1_1605632+alu0))));
  float4 val1 = (*((float4*)((data2_1605632+alu0))));
  bool alu1 = (val0.x<0.0f);
  float alu2 = (alu1?val1.x:0.0f);
  float alu3 = (alu1?0.0f:val1.x);
  bool alu4 = (val0.y<0.0f);
  float alu5 = (alu4?val1.y:0.0f);
  float alu6 = (alu4?0.0f:val1.y);
  bool alu7 = (val0.z<0.0f);
  float alu8 = (alu7?val1.z:0.0f);
  float alu9 = (alu7?0.0f:val1.z);
  bool alu10 = (val0.w<0.0f);
  float alu11 = (alu10?val1.w:0.0f);
  float alu12 = (alu10?0.0f:val1.w);
  *((float4*)((data0_1605632+alu0))) = make_float4((alu3+(0.20000000298023224f*alu2)),(alu6+(0.20000000298023224f*alu5)),(alu9+(0.20000000298023224f*alu8)),(alu12+(0.20000000298023224f*alu11)));
}