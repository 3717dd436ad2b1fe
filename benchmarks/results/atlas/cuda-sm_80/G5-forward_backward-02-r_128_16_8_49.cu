typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(16) r_128_16_8_49(float* data0_128, float* data1_802816, float* data2_128) {
  float buf0[1];
  float buf1[1];
  __shared__ __align__(16) float buf2[16];
  int gidx0 = blockIdx.x; /* 128 */
  float val0 = (*(data2_128+gidx0));
  int lidx0 = threadIdx.x; /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
      float val1 = (*(data1_802816+((gidx0*49)+Ridx1+(lidx0*50176)+(Ridx0*6272))));
      float alu1 = (val1-val0);
      *(buf0+0) = ((*(buf0+0))+(alu1*alu1));
    }
  }
  *(buf2+lidx0) = (*(buf0+0));
  __syncthreads();
  *(buf1+0) = 0.0f;
  for (int Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    float val2 = (*(buf2+Ridx104));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_128+gidx0) = ((*(buf1+0))*0.0001594387722434476f);
  }
}