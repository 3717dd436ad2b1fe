typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_2_32_2_2_2_2(float* data0_1024, float* data1_256, float* data2_256, float* data3_256, float* data4_256) {
  int gidx0 = blockIdx.x; /* 2 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((float4*)((data1_256+alu0))));
  float4 val1 = (*((float4*)((data2_256+alu0))));
  float4 val2 = (*((float4*)((data3_256+alu0))));
  float4 val3 = (*((float4*)((data4_256+alu0))));
  int alu1 = ((gidx0<<9)+(lidx0<<4));
  *((float4*)((data0_1024+(alu1+4)))) = make_float4(val2.w,val3.w,val2.z,val3.z);
  *((float4*)((data0_1024+(alu1+8)))) = make_float4(val0.y,val1.y,val0.x,val1.x);
  *((float4*)((data0_1024+(alu1+12)))) = make_float4(val2.y,val3.y,val2.x,val3.x);
  *((float4*)((data0_1024+alu1))) = make_float4(val0.w,val1.w,val0.z,val1.z);
}