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
  bool alu1 = (gidx0<6);
  float val1 = (alu1?*(data1_802816+(alu0+1)):0.0f);
  float val2 = (*(data1_802816+(alu0+7)));
  float val3 = (alu1?*(data1_802816+(alu0+8)):0.0f);
  float val4 = (*(data1_802816+(alu0+14)));
  float val5 = (alu1?*(data1_802816+(alu0+15)):0.0f);
  float val6 = (*(data1_802816+(alu0+21)));
  float val7 = (alu1?*(data1_802816+(alu0+22)):0.0f);
  float val8 = (*(data1_802816+(alu0+28)));
  float val9 = (alu1?*(data1_802816+(alu0+29)):0.0f);
  float val10 = (*(data1_802816+(alu0+35)));
  float val11 = (alu1?*(data1_802816+(alu0+36)):0.0f);
  float val12 = (*(data1_802816+(alu0+42)));
  float val13 = (alu1?*(data1_802816+(alu0+43)):0.0f);
  int alu2 = (gidx0+(gidx1*784)+(lidx1*49)+(gidx2*200704)+(lidx0*25088));
  *(data0_3211264+alu2) = val0;
  *(data0_3211264+(alu2+7)) = val2;
  *(data0_3211264+(alu2+14)) = val4;
  *(data0_3211264+(alu2+21)) = val6;
  *(data0_3211264+(alu2+28)) = val8;
  *(data0_3211264+(alu2+35)) = val10;
  *(data0_3211264+(alu2+42)) = val12;
  *(data0_3211264+(alu2+6272)) = val1;
  *(data0_3211264+(alu2+6279)) = val3;
  *(data0_3211264+(alu2+6286)) = val5;
  *(data0_3211264+(alu2+6293)) = val7;
  *(data0_3211264+(alu2+6300)) = val9;
  *(data0_3211264+(alu2+6307)) = val11;
  *(data0_3211264+(alu2+6314)) = val13;
  *(data0_3211264+(alu2+12544)) = val2;
  *(data0_3211264+(alu2+12551)) = val4;
  *(data0_3211264+(alu2+12558)) = val6;
  *(data0_3211264+(alu2+12565)) = val8;
  *(data0_3211264+(alu2+12572)) = val10;
  *(data0_3211264+(alu2+12579)) = val12;
  *(data0_3211264+(alu2+12586)) = 0.0f;
  *(data0_3211264+(alu2+18816)) = val3;
  *(data0_3211264+(alu2+18823)) = val5;
  *(data0_3211264+(alu2+18830)) = val7;
  *(data0_3211264+(alu2+18837)) = val9;
  *(data0_3211264+(alu2+18844)) = val11;
  *(data0_3211264+(alu2+18851)) = val13;
  *(data0_3211264+(alu2+18858)) = 0.0f;
}