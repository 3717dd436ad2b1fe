typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_8_7_8_16_7_2_2(float* data0_3211264, float* data1_802816) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (gidx0+(gidx2*392)+(lidx0*49)+(gidx1*100352)+(lidx1*6272));
  float val0 = (*(data1_802816+alu0));
  bool alu1 = (0<gidx0);
  float val1 = (alu1?*(data1_802816+(alu0+-1)):0.0f);
  float val2 = (alu1?*(data1_802816+(alu0+6)):0.0f);
  float val3 = (*(data1_802816+(alu0+7)));
  float val4 = (alu1?*(data1_802816+(alu0+13)):0.0f);
  float val5 = (*(data1_802816+(alu0+14)));
  float val6 = (alu1?*(data1_802816+(alu0+20)):0.0f);
  float val7 = (*(data1_802816+(alu0+21)));
  float val8 = (alu1?*(data1_802816+(alu0+27)):0.0f);
  float val9 = (*(data1_802816+(alu0+28)));
  float val10 = (alu1?*(data1_802816+(alu0+34)):0.0f);
  float val11 = (*(data1_802816+(alu0+35)));
  float val12 = (alu1?*(data1_802816+(alu0+41)):0.0f);
  float val13 = (*(data1_802816+(alu0+42)));
  int alu2 = (gidx0+(gidx1*784)+(lidx1*49)+(gidx2*200704)+(lidx0*25088));
  *(data0_3211264+alu2) = 0.0f;
  *(data0_3211264+(alu2+7)) = val1;
  *(data0_3211264+(alu2+14)) = val2;
  *(data0_3211264+(alu2+21)) = val4;
  *(data0_3211264+(alu2+28)) = val6;
  *(data0_3211264+(alu2+35)) = val8;
  *(data0_3211264+(alu2+42)) = val10;
  *(data0_3211264+(alu2+6272)) = 0.0f;
  *(data0_3211264+(alu2+6279)) = val0;
  *(data0_3211264+(alu2+6286)) = val3;
  *(data0_3211264+(alu2+6293)) = val5;
  *(data0_3211264+(alu2+6300)) = val7;
  *(data0_3211264+(alu2+6307)) = val9;
  *(data0_3211264+(alu2+6314)) = val11;
  *(data0_3211264+(alu2+12544)) = val1;
  *(data0_3211264+(alu2+12551)) = val2;
  *(data0_3211264+(alu2+12558)) = val4;
  *(data0_3211264+(alu2+12565)) = val6;
  *(data0_3211264+(alu2+12572)) = val8;
  *(data0_3211264+(alu2+12579)) = val10;
  *(data0_3211264+(alu2+12586)) = val12;
  *(data0_3211264+(alu2+18816)) = val0;
  *(data0_3211264+(alu2+18823)) = val3;
  *(data0_3211264+(alu2+18830)) = val5;
  *(data0_3211264+(alu2+18837)) = val7;
  *(data0_3211264+(alu2+18844)) = val9;
  *(data0_3211264+(alu2+18851)) = val11;
  *(data0_3211264+(alu2+18858)) = val13;
}