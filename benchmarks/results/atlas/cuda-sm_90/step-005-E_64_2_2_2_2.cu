typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(8) E_64_2_2_2_2(float* data0_1024, float* data1_1024) {
  int gidx0 = blockIdx.x; /* 2 */
  int gidx1 = blockIdx.y; /* 64 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  int alu0 = (gidx1<<4);
  float val0 = (*(data1_1024+(lidx0+(lidx2<<1)+(gidx0<<2)+(lidx1<<3)+alu0)));
  *(data0_1024+(lidx2+(gidx0<<3)+(lidx0<<2)+(lidx1<<1)+alu0)) = val0;
}