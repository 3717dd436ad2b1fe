typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(16) r_128_16_8_49_128_49(float* data0_128, float* data1_802816, float* data2_802816) {
  float buf0[1];
  float buf1[1];
  float buf2[1];
  __shared__ __align__(16) float buf3[16];
  int gidx0 = blockIdx.x; /* 128 */
  int lidx0 = threadIdx.x; /* 16 */
  int alu0 = (gidx0*49);
  *(buf1+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
      float val0 = (*(data1_802816+(alu0+Ridx1+(lidx0*50176)+(Ridx0*6272))));
      *(buf1+0) = ((*(buf1+0))+val0);
    }
  }
  *(buf0+0) = 0.0f;
  for (int Ridx3 = 0; Ridx3 < 128; Ridx3++) {
    for (int Ridx4 = 0; Ridx4 < 49; Ridx4++) {
      float val1 = (*(data2_802816+(alu0+Ridx4+(Ridx3*6272))));
      *(buf0+0) = ((*(buf0+0))+val1);
    }
  }
  *(buf3+lidx0) = (*(buf1+0));
  __syncthreads();
  *(buf2+0) = 0.0f;
  for (int Ridx107 = 0; Ridx107 < 16; Ridx107++) {
    float val2 = (*(buf3+Ridx107));
    *(buf2+0) = ((*(buf2+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_128+gidx0) = ((*(buf2+0))+(*(buf0+0)));
  }
}