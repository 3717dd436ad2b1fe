typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) E_32_4(float* data0_128, float* data1_128, float* data2_1, float* data3_128, float* data4_1, float* data5_128, float* data6_1) {
  float val0 = (*(data2_1+0));
  float val1 = (*(data4_1+0));
  float val2 = (*(data6_1+0));
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = (lidx0<<2);
  float4 val3 = (*((float4*)((data1_128+alu0))));
  float4 val4 = (*((float4*)((data3_128+alu0))));
  float4 val5 = (*((float4*)((data5_128+alu0))));
  float alu1 = (1/(1.0f-val2));
  float alu2 = (1.0f-val1);
  *((float4*)((data0_128+alu0))) = make_float4((val3.x-(val0*val4.x*(1/(alu2*(sqrt((val5.x*alu1))+9.99999993922529e-09f))))),(val3.y-(val0*val4.y*(1/(alu2*(sqrt((val5.y*alu1))+9.99999993922529e-09f))))),(val3.z-(val0*val4.z*(1/(alu2*(sqrt((val5.z*alu1))+9.99999993922529e-09f))))),(val3.w-(val0*val4.w*(1/(alu2*(sqrt((val5.w*alu1))+9.99999993922529e-09f))))));
}