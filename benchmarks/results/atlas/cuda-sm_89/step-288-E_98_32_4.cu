typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_98_32_4(float* data0_12544, float* data1_12544) {
  int gidx0 = blockIdx.x; /* 98 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((float4*)((data0_12544+alu0))));
  float4 val1 = (*((float4*)((data1_12544+alu0))));
  *((float4*)((data0_12544+alu0))) = make_float4(((0.8999999761581421f*val0.x)+(0.10000000149011612f*val1.x)),((0.8999999761581421f*val0.y)+(0.10000000149011612f*val1.y)),((0.8999999761581421f*val0.z)+(0.10000000149011612f*val1.z)),((0.8999999761581421f*val0.w)+(0.10000000149011612f*val1.w)));
}