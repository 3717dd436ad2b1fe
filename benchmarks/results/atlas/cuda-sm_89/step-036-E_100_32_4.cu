typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_100_32_4(float* data0_12800, float* data1_25600) {
  int gidx0 = blockIdx.x; /* 100 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((float4*)((data1_25600+(alu0+12800)))));
  float4 val1 = (*((float4*)((data1_25600+alu0))));
  *((float4*)((data0_12800+alu0))) = make_float4((sin((1.5707963705062866f+(val1.x*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.x))*-1.3862943649291992f))),(sin((1.5707963705062866f+(val1.y*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.y))*-1.3862943649291992f))),(sin((1.5707963705062866f+(val1.z*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.z))*-1.3862943649291992f))),(sin((1.5707963705062866f+(val1.w*-6.2831854820251465f)))*sqrt((log2((1.0f-val0.w))*-1.3862943649291992f))));
}