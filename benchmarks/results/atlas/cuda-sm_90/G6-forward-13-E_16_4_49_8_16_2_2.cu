typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_4_49_8_16_2_2(float* data0_1605632, float* data1_401408, float* data2_401408, float* data3_401408, float* data4_401408) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 4 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (lidx1+(gidx1<<4)+(gidx2*25088)+(lidx0*3136)+(gidx0<<6));
  float val0 = (*(data1_401408+alu0));
  float val1 = (*(data2_401408+alu0));
  float val2 = (*(data3_401408+alu0));
  float val3 = (*(data4_401408+alu0));
  int alu1 = ((gidx1*1568)+(lidx1*98)+(gidx0<<1)+(gidx2*50176)+(lidx0*6272));
  *((float2*)((data0_1605632+(alu1+802816)))) = make_float2(val1,val0);
  *((float2*)((data0_1605632+alu1))) = make_float2(val3,val2);
}