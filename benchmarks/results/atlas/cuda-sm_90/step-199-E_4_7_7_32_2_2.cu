typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_4_7_7_32_2_2(float* data0_25088, float* data1_115200, float* data2_100352) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 7 */
  int gidx2 = blockIdx.z; /* 4 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  float val0 = (*(data1_115200+((gidx0<<3)+(lidx2<<2)+(gidx1*120)+(lidx1*60)+(gidx2*28800)+(lidx0*900)+64)));
  float val1 = (*(data2_100352+((gidx0<<2)+(lidx2<<1)+(gidx1*112)+(lidx1*56)+(gidx2*25088)+(lidx0*784)+29)));
  float alu0 = (1/(1.0f+val1));
  *(data0_25088+(lidx2+(gidx0<<1)+(gidx1*28)+(lidx1*14)+(gidx2*6272)+(lidx0*196))) = (val0*alu0*(1.0f-alu0)*4.0f);
}