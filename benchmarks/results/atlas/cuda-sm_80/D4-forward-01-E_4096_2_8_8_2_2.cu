typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_4096_2_8_8_2_2(float* data0_2097152, float* data1_1605632) {
  int gidx0 = blockIdx.x; /* 4096 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 8 */
  int lidx2 = threadIdx.z; /* 8 */
  int alu0 = ((gidx0*392)+(lidx0*196)+(lidx1*28)+(lidx2<<1));
  bool alu1 = (0<lidx1);
  bool alu2 = (0<lidx2);
  float val0 = ((alu2&alu1)?*(data1_1605632+(alu0+-15)):0.0f);
  bool alu3 = (lidx2<7);
  float val1 = ((alu3&alu1)?*(data1_1605632+(alu0+-14)):0.0f);
  bool alu4 = (lidx1<7);
  float val2 = ((alu2&alu4)?*(data1_1605632+(alu0+-1)):0.0f);
  float val3 = ((alu3&alu4)?*(data1_1605632+alu0):0.0f);
  int alu5 = (lidx2+(gidx0<<9)+(lidx0<<8)+(lidx1<<3));
  *(data0_2097152+alu5) = val0;
  *(data0_2097152+(alu5+64)) = val1;
  *(data0_2097152+(alu5+128)) = val2;
  *(data0_2097152+(alu5+192)) = val3;
}