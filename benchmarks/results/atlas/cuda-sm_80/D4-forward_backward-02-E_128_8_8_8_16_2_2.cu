typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_128_8_8_8_16_2_2(float* data0_4194304, float* data1_802816) {
  int gidx0 = blockIdx.x; /* 8 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 128 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (lidx0+(gidx1*7)+(gidx0*784)+(lidx1*49)+(gidx2*6272));
  bool alu1 = (gidx1<7);
  bool alu2 = (lidx0<7);
  float val0 = ((alu1&alu2)?*(data1_802816+alu0):0.0f);
  bool alu3 = (0<gidx1);
  bool alu4 = (0<lidx0);
  float val1 = ((alu3&alu4)?*(data1_802816+(alu0+-8)):0.0f);
  float val2 = ((alu3&alu2)?*(data1_802816+(alu0+-7)):0.0f);
  float val3 = ((alu1&alu4)?*(data1_802816+(alu0+-1)):0.0f);
  *((float4*)((data0_4194304+((gidx1<<12)+(gidx2<<15)+(lidx0<<9)+(gidx0<<6)+(lidx1<<2))))) = make_float4(val1,val2,val3,val0);
}