typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_128_7_7_4_2_2_16_2_2(float* data0_6422528, float* data1_1605632) {
  int gidx0 = blockIdx.x; /* 28 */
  int gidx1 = blockIdx.y; /* 7 */
  int gidx2 = blockIdx.z; /* 128 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 16 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  int alu2 = (lidx1+(alu0<<1)+(gidx1*28)+(lidx0*14)+(lidx2*196)+(alu1*3136)+(gidx2*12544));
  float val0 = (*(data1_1605632+alu2));
  bool alu3 = (0<(lidx1+alu0));
  float val1 = (alu3?*(data1_1605632+(alu2+-1)):0.0f);
  bool alu4 = ((lidx0+(gidx1<<1))<13);
  float val2 = ((alu4&alu3)?*(data1_1605632+(alu2+13)):0.0f);
  float val3 = (alu4?*(data1_1605632+(alu2+14)):0.0f);
  *((float4*)((data0_6422528+((gidx1*7168)+(lidx0*3584)+(gidx2*50176)+(lidx1<<8)+(alu0<<9)+(lidx2<<2)+(alu1<<6))))) = make_float4(val1,val0,val2,val3);
}