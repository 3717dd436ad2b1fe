typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_64_8_7_7_16_2_2_2_2(float* data0_6422528, float* data1_1605632) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int gidx2 = blockIdx.z; /* 64 */
  int lidx0 = threadIdx.x; /* 16 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  int alu0 = (lidx2+((gidx0/7)<<1));
  int alu1 = (gidx0%7);
  int alu2 = ((lidx1*14)+(alu1*28));
  int alu3 = (alu0+alu2+(gidx2*196)+(gidx1*200704)+(lidx0*12544));
  float val0 = (*(data1_1605632+alu3));
  bool alu4 = (0<(lidx1+alu1));
  float val1 = (alu4?*(data1_1605632+(alu3+-14)):0.0f);
  bool alu5 = (alu0<13);
  float val2 = ((alu4&alu5)?*(data1_1605632+(alu3+-13)):0.0f);
  float val3 = (alu5?*(data1_1605632+(alu3+1)):0.0f);
  int alu6 = (alu0+(gidx1*3136)+(lidx0*196)+alu2+(gidx2*100352));
  *(data0_6422528+alu6) = val1;
  *(data0_6422528+(alu6+25088)) = val2;
  *(data0_6422528+(alu6+50176)) = val0;
  *(data0_6422528+(alu6+75264)) = val3;
}