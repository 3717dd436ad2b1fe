typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(8) E_64_2_2_2_2(float* data0_1024, float* data1_1024, float* data2_1024) {
  int gidx0 = blockIdx.x; /* 2 */
  int gidx1 = blockIdx.y; /* 64 */
  int lidx0 = threadIdx.x; /* 2 */
  int lidx1 = threadIdx.y; /* 2 */
  int lidx2 = threadIdx.z; /* 2 */
  float val0 = (*(data0_1024+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4))));
  int alu0 = (gidx1+(lidx1<<6)+(gidx0<<7)+(lidx0<<9)+(lidx2<<8));
  float val1 = (*(data1_1024+alu0));
  float val2 = (*(data2_1024+alu0));
  *(data0_1024+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4))) = ((0.8999999761581421f*val0)+(0.10000000149011612f*(val1+val2)));
}