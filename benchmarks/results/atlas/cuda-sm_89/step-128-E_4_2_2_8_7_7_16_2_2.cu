typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_4_2_2_8_7_7_16_2_2(float* data0_401408, float* data1_115200) {
  int gidx0 = blockIdx.x; /* 784 */
  int gidx1 = blockIdx.y; /* 2 */
  int gidx2 = blockIdx.z; /* 4 */
  int lidx0 = threadIdx.x; /* 16 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  int alu0 = (lidx2+((gidx0/112)<<1));
  int alu1 = (gidx0&1);
  int alu2 = ((gidx0>>4)%7);
  int alu3 = ((gidx0>>1)&7);
  float val0 = (*(data1_115200+(alu0+alu1+(lidx1*15)+(alu2*30)+(gidx1*15)+(gidx2*225)+(lidx0*900)+(alu3*14400))));
  *(data0_401408+(alu0+(lidx0*196)+(alu3*3136)+(lidx1*14)+(alu2*28)+(gidx1*50176)+(gidx2*100352)+(alu1*25088))) = val0;
}