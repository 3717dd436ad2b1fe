typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(72) E_16_5_5_8_3_3_2_2(float* data0_115200, float* data1_100352) {
  int gidx0 = blockIdx.x; /* 5 */
  int gidx1 = blockIdx.y; /* 5 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 3 */
  int lidx2 = threadIdx.z; /* 3 */
  int alu0 = ((gidx0*6)+(lidx2<<1)+(gidx1*168)+(lidx1*56)+(gidx2*6272)+(lidx0*784));
  bool alu1 = (0<(gidx0+lidx2));
  bool alu2 = (0<(gidx1+lidx1));
  float val0 = ((alu1&alu2)?*(data1_100352+(alu0+-29)):0.0f);
  int alu3 = (lidx2+(gidx0*3));
  bool alu4 = (alu3<14);
  float val1 = ((alu4&alu2)?*(data1_100352+(alu0+-28)):0.0f);
  bool alu5 = ((lidx1+(gidx1*3))<14);
  float val2 = ((alu1&alu5)?*(data1_100352+(alu0+-1)):0.0f);
  float val3 = ((alu4&alu5)?*(data1_100352+alu0):0.0f);
  int alu6 = (alu3+(gidx1*45)+(lidx1*15)+(gidx2*7200)+(lidx0*900));
  *(data0_115200+alu6) = val0;
  *(data0_115200+(alu6+225)) = val1;
  *(data0_115200+(alu6+450)) = val2;
  *(data0_115200+(alu6+675)) = val3;
}