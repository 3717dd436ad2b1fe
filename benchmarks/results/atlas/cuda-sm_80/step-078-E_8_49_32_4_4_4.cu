typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_8_49_32_4_4_4(float* data0_802816, float* data1_802816, float* data2_128, float* data3_128, float* data4_128, float* data5_128) {
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 4 */
  int alu0 = (lidx0*25088);
  int alu1 = ((gidx1<<4)+(lidx1<<2));
  int alu2 = ((gidx0<<7)+alu0+alu1);
  float4 val0 = (*((float4*)((data1_802816+(alu2+6272)))));
  float4 val1 = (*((float4*)((data1_802816+(alu2+12544)))));
  float4 val2 = (*((float4*)((data1_802816+(alu2+18816)))));
  float4 val3 = (*((float4*)((data1_802816+alu2))));
  float4 val4 = (*((float4*)((data2_128+alu1))));
  float4 val5 = (*((float4*)((data3_128+alu1))));
  float4 val6 = (*((float4*)((data4_128+alu1))));
  float4 val7 = (*((float4*)((data5_128+alu1))));
  int alu3 = (gidx0+(gidx1*784)+(lidx1*196)+alu0);
  float alu4 = (1/sqrt((val6.x+9.999999747378752e-06f)));
  float alu5 = (1/sqrt((val6.y+9.999999747378752e-06f)));
  float alu6 = (1/sqrt((val6.z+9.999999747378752e-06f)));
  float alu7 = (1/sqrt((val6.w+9.999999747378752e-06f)));
  *(data0_802816+alu3) = (((val3.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+49)) = (((val3.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+98)) = (((val3.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+147)) = (((val3.w-val4.w)*val5.w*alu7)+val7.w);
  *(data0_802816+(alu3+6272)) = (((val0.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+6321)) = (((val0.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+6370)) = (((val0.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+6419)) = (((val0.w-val4.w)*val5.w*alu7)+val7.w);
  *(data0_802816+(alu3+12544)) = (((val1.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+12593)) = (((val1.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+12642)) = (((val1.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+12691)) = (((val1.w-val4.w)*val5.w*alu7)+val7.w);
  *(data0_802816+(alu3+18816)) = (((val2.x-val4.x)*val5.x*alu4)+val7.x);
  *(data0_802816+(alu3+18865)) = (((val2.y-val4.y)*val5.y*alu5)+val7.y);
  *(data0_802816+(alu3+18914)) = (((val2.z-val4.z)*val5.z*alu6)+val7.z);
  *(data0_802816+(alu3+18963)) = (((val2.w-val4.w)*val5.w*alu7)+val7.w);
}