typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_16_4_8_16_2_2_2_2(float* data0_131072, float* data1_32768, float* data2_32768, float* data3_32768, float* data4_32768) {
  int gidx0 = blockIdx.x; /* 4 */
  int gidx1 = blockIdx.y; /* 16 */
  int lidx0 = threadIdx.x; /* 8 */
  int lidx1 = threadIdx.y; /* 16 */
  int alu0 = (lidx1+(gidx0<<4)+(gidx1<<11)+(lidx0<<8));
  float val0 = (*(data1_32768+alu0));
  int alu1 = (alu0+64);
  float val1 = (*(data1_32768+alu1));
  int alu2 = (alu0+128);
  float val2 = (*(data1_32768+alu2));
  int alu3 = (alu0+192);
  float val3 = (*(data1_32768+alu3));
  float val4 = (*(data2_32768+alu0));
  float val5 = (*(data2_32768+alu1));
  float val6 = (*(data2_32768+alu2));
  float val7 = (*(data2_32768+alu3));
  float val8 = (*(data3_32768+alu0));
  float val9 = (*(data3_32768+alu1));
  float val10 = (*(data3_32768+alu2));
  float val11 = (*(data3_32768+alu3));
  float val12 = (*(data4_32768+alu0));
  float val13 = (*(data4_32768+alu1));
  float val14 = (*(data4_32768+alu2));
  float val15 = (*(data4_32768+alu3));
  int alu4 = ((gidx0<<8)+(lidx1<<4)+(gidx1<<13)+(lidx0<<10));
  *((float4*)((data0_131072+(alu4+4)))) = make_float4(val11,val15,val10,val14);
  *((float4*)((data0_131072+(alu4+8)))) = make_float4(val1,val5,val0,val4);
  *((float4*)((data0_131072+(alu4+12)))) = make_float4(val9,val13,val8,val12);
  *((float4*)((data0_131072+alu4))) = make_float4(val3,val7,val2,val6);
}