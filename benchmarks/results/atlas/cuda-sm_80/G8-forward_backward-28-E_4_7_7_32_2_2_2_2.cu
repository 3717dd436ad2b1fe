typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_4_7_7_32_2_2_2_2(float* data0_100352, float* data1_25088) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 7 */
  int gidx2 = blockIdx.z; /* 4 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  int alu0 = (lidx2+(gidx0<<1));
  int alu1 = (alu0+(gidx1*28)+(lidx1*14)+(gidx2*6272)+(lidx0*196));
  float val0 = (*(data1_25088+alu1));
  int alu2 = (alu0+(((lidx1+(gidx1<<1)+(gidx2*448)+(lidx0*14)+1791)%1792)*14));
  bool alu3 = (0<(gidx1+lidx1));
  float val1 = (alu3?*(data1_25088+alu2):0.0f);
  bool alu4 = (alu0<13);
  float val2 = (alu4?*(data1_25088+(alu1+1)):0.0f);
  float val3 = ((alu4&alu3)?*(data1_25088+(alu2+1)):0.0f);
  *((float4*)((data0_100352+((gidx1*112)+(lidx1*56)+(gidx2*25088)+(lidx0*784)+(gidx0<<3)+(lidx2<<2))))) = make_float4(val1,val3,val0,val2);
}