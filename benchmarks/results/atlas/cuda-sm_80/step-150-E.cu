typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(1) E(float* data0_1, float* data1_1, float* data2_1, float* data3_1, float* data4_1, float* data5_1, float* data6_1) {
  float val0 = (*(data1_1+0));
  float val1 = (*(data2_1+0));
  float val2 = (*(data3_1+0));
  float val3 = (*(data4_1+0));
  float val4 = (*(data5_1+0));
  float val5 = (*(data6_1+0));
  *(data0_1+0) = (val0-(val1*val2*(1/((1.0f-val3)*(sqrt((val4*(1/(1.0f-val5))))+9.99999993922529e-09f)))));
}