typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_6272_32_4(float* data0_802816, bool* data1_802816, float* data2_802816) {
  int gidx0 = blockIdx.x; /* 6272 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  bool val0 = (*(data1_802816+(alu0+1)));
  bool val1 = (*(data1_802816+(alu0+2)));
  bool val2 = (*(data1_802816+(alu0+3)));
  bool val3 = (*(data1_802816+alu0));
  float4 val4 = (*((float4*)((data2_802816+alu0))));
  float alu1 = (val0?(1.4285714626312256f*val4.y):0.0f);
  float alu2 = (val1?(1.4285714626312256f*val4.z):0.0f);
  float alu3 = (val2?(1.4285714626312256f*val4.w):0.0f);
  float alu4 = (val3?(1.4285714626312256f*val4.x):0.0f);
  *((float4*)((data0_802816+alu0))) = make_float4(alu4,alu1,alu2,alu3);
}