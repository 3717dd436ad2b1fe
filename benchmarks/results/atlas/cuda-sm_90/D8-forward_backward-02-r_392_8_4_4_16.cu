typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_392_8_4_4_16(float* data0_6272, float* data1_128, float* data2_802816) {
  float buf0[4];
  float buf1[4];
  __shared__ __align__(16) float buf2[128];
  int gidx0 = blockIdx.x; /* 392 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 4 */
  int alu0 = (lidx1+(gidx0<<4));
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 16; Ridx0++) {
    float val0 = (*(data1_128+(lidx0+(Ridx0<<3))));
    int alu5 = (alu0+(lidx0*6272)+(Ridx0*50176));
    float val1 = (*(data2_802816+alu5));
    float val2 = (*(data2_802816+(alu5+4)));
    float val3 = (*(data2_802816+(alu5+8)));
    float val4 = (*(data2_802816+(alu5+12)));
    *(buf0+0) = ((*(buf0+0))+(val0*val1));
    *(buf0+1) = ((*(buf0+1))+(val0*val2));
    *(buf0+2) = ((*(buf0+2))+(val0*val3));
    *(buf0+3) = ((*(buf0+3))+(val0*val4));
  }
  int alu11 = (lidx1<<5);
  *((float4*)((buf2+((lidx0<<2)+alu11)))) = make_float4((*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3)));
  __syncthreads();
  *(buf1+0) = 0.0f;
  *(buf1+1) = 0.0f;
  *(buf1+2) = 0.0f;
  *(buf1+3) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 8; Ridx102++) {
    float4 val5 = (*((float4*)((buf2+(alu11+(Ridx102<<2))))));
    *(buf1+0) = ((*(buf1+0))+val5.x);
    *(buf1+1) = ((*(buf1+1))+val5.y);
    *(buf1+2) = ((*(buf1+2))+val5.z);
    *(buf1+3) = ((*(buf1+3))+val5.w);
  }
  bool alu23 = (lidx0==0);
  if (alu23) {
    *(data0_6272+alu0) = (*(buf1+0));
  }
  if (alu23) {
    *(data0_6272+(alu0+4)) = (*(buf1+1));
  }
  if (alu23) {
    *(data0_6272+(alu0+8)) = (*(buf1+2));
  }
  if (alu23) {
    *(data0_6272+(alu0+12)) = (*(buf1+3));
  }
}