typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_8_49_8_16(float* data0_802816, float* data1_802816, float* data2_802816, float* data3_802816, float* data4_802816) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = ((gidx2*50176)+(lidx0*6272));
  int alu1 = (lidx1+(gidx1<<4)+(gidx0<<7)+alu0);
  float val0 = (*(data1_802816+alu1));
  float val1 = (*(data2_802816+alu1));
  float val2 = (*(data3_802816+alu1));
  float val3 = (*(data4_802816+alu1));
  *(data0_802816+(gidx0+(gidx1*784)+(lidx1*49)+alu0)) = (val0+val1+val2+val3);
}