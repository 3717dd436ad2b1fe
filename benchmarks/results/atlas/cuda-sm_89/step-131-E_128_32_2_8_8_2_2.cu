typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_128_32_2_8_8_2_2(float* data0_2097152, bool* data1_1605632, float* data2_1605632, float* data3_64) {
  int gidx0 = blockIdx.x; /* 32 */
  int gidx1 = blockIdx.y; /* 128 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 8 */
  int lidx2 = threadIdx.z; /* 8 */
  int alu0 = (gidx1*12544);
  int alu1 = ((gidx0*392)+(lidx0*196)+(lidx1*28)+(lidx2<<1)+alu0);
  bool alu2 = (0<lidx1);
  bool alu3 = (0<lidx2);
  bool alu4 = (alu2&alu3);
  bool val0 = (alu4?*(data1_1605632+(alu1+-15)):0);
  bool alu5 = (lidx2<7);
  bool alu6 = (alu2&alu5);
  bool val1 = (alu6?*(data1_1605632+(alu1+-14)):0);
  bool alu7 = (lidx1<7);
  bool alu8 = (alu7&alu3);
  bool val2 = (alu8?*(data1_1605632+(alu1+-1)):0);
  bool alu9 = (alu7&alu5);
  bool val3 = (alu9?*(data1_1605632+alu1):0);
  int alu10 = (lidx0+(gidx0<<1));
  int alu11 = (alu10+(lidx1*1792)+(lidx2<<7)+alu0);
  float val4 = (alu9?*(data2_1605632+alu11):0.0f);
  float val5 = (alu4?*(data2_1605632+(alu11+-960)):0.0f);
  float val6 = (alu6?*(data2_1605632+(alu11+-896)):0.0f);
  float val7 = (alu8?*(data2_1605632+(alu11+-64)):0.0f);
  float val8 = (*(data3_64+alu10));
  int alu12 = (lidx2+(lidx1<<3)+(gidx0<<9)+(lidx0<<8)+(gidx1<<14));
  float alu13 = (val4+val8);
  float alu14 = (val5+val8);
  float alu15 = (val6+val8);
  float alu16 = (val7+val8);
  float alu17 = ((alu14<0.0f)?(0.20000000298023224f*alu14):alu14);
  float alu18 = (val0?alu17:0.0f);
  float alu19 = ((alu15<0.0f)?(0.20000000298023224f*alu15):alu15);
  float alu20 = (val1?alu19:0.0f);
  float alu21 = ((alu16<0.0f)?(0.20000000298023224f*alu16):alu16);
  float alu22 = (val2?alu21:0.0f);
  float alu23 = ((alu13<0.0f)?(0.20000000298023224f*alu13):alu13);
  float alu24 = (val3?alu23:0.0f);
  float alu25 = (alu9?(alu24*1.4285714626312256f):0.0f);
  float alu26 = (alu8?(alu22*1.4285714626312256f):0.0f);
  float alu27 = (alu6?(alu20*1.4285714626312256f):0.0f);
  float alu28 = (alu4?(alu18*1.4285714626312256f):0.0f);
  *(data0_2097152+alu12) = alu28;
  *(data0_2097152+(alu12+64)) = alu27;
  *(data0_2097152+(alu12+128)) = alu26;
  *(data0_2097152+(alu12+192)) = alu25;
}