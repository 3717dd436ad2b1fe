typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_2_32_4(float* data0_256, float* data1_1024) {
  int gidx0 = blockIdx.x; /* 2 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<9)+(lidx0<<4));
  float val0 = (*(data1_1024+(alu0+4)));
  float val1 = (*(data1_1024+(alu0+6)));
  float val2 = (*(data1_1024+(alu0+12)));
  float val3 = (*(data1_1024+(alu0+14)));
  *((float4*)((data0_256+((gidx0<<7)+(lidx0<<2))))) = make_float4(val0,val1,val2,val3);
}