typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(64) E_4_2_2_16_4(float* data0_1024, float* data1_1024) {
  int gidx0 = blockIdx.x; /* 4 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 16 */
  int alu0 = (lidx1+(lidx0<<2)+(gidx0<<8)+(lidx2<<4));
  float val0 = (*(data1_1024+alu0));
  float val1 = (*(data1_1024+(alu0+2)));
  float val2 = (*(data1_1024+(alu0+8)));
  float val3 = (*(data1_1024+(alu0+10)));
  *((float4*)((data0_1024+((gidx0<<6)+(lidx2<<2)+(lidx0<<9)+(lidx1<<8))))) = make_float4(val3,val2,val1,val0);
}