typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_4_49_8_16_4(float* data0_1605632, float* data1_1605632, float* data2_64, float* data3_64, float* data4_64, float* data5_64) {
  int gidx1 = blockIdx.y; /* 4 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (lidx1+(gidx1<<4));
  float val0 = (*(data2_64+alu0));
  float val1 = (*(data3_64+alu0));
  float val2 = (*(data4_64+alu0));
  float val3 = (*(data5_64+alu0));
  int gidx0 = blockIdx.x; /* 49 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int alu1 = ((gidx1*3136)+(lidx1*196)+(gidx0<<2)+(gidx2*100352)+(lidx0*12544));
  float4 val4 = (*((float4*)((data1_1605632+alu1))));
  float alu2 = (1/sqrt((val2+9.999999747378752e-06f)));
  *((float4*)((data0_1605632+alu1))) = make_float4((((val4.x-val0)*val1*alu2)+val3),(((val4.y-val0)*val1*alu2)+val3),(((val4.z-val0)*val1*alu2)+val3),(((val4.w-val0)*val1*alu2)+val3));
}