typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_4_49_8_16_4(float* data0_1605632, float* data1_1605632, float* data2_64) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 4 */
  int gidx2 = blockIdx.z; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (lidx1+(gidx1<<4));
  int alu1 = ((gidx2*100352)+(lidx0*12544));
  int alu2 = (alu0+alu1+(gidx0<<8));
  float val0 = (*(data1_1605632+alu2));
  float val1 = (*(data1_1605632+(alu2+64)));
  float val2 = (*(data1_1605632+(alu2+128)));
  float val3 = (*(data1_1605632+(alu2+192)));
  float val4 = (*(data2_64+alu0));
  *((float4*)((data0_1605632+((gidx1*3136)+(lidx1*196)+(gidx0<<2)+alu1)))) = make_float4((val0+val4),(val1+val4),(val2+val4),(val3+val4));
}