typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_4_49_8_16_4(float* data0_1605632, float* data1_1605632, float* data2_64) {
  int gidx1 = blockIdx.y; /* 4 */
  int lidx1 = threadIdx.y; /* 16 */
  float val0 = (*(data2_64+(lidx1+(gidx1<<4))));
  int gidx0 = blockIdx.x; /* 49 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int alu0 = ((gidx1*3136)+(lidx1*196)+(gidx0<<2)+(gidx2*100352)+(lidx0*12544));
  float4 val1 = (*((float4*)((data1_1605632+alu0))));
  *((float4*)((data0_1605632+alu0))) = make_float4((val1.x+val0),(val1.y+val0),(val1.z+val0),(val1.w+val0));
}