typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_784_32_4_4_4(float* data0_1605632, float* data1_1605632, float* data2_12544, float* data3_12544, float* data4_12544, float* data5_12544, float* data6_1605632) {
  int gidx0 = blockIdx.x; /* 784 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 4 */
  int alu0 = ((gidx0<<4)+(lidx1<<2));
  int alu1 = (alu0+(lidx0*50176));
  int alu2 = (alu1+12544);
  float4 val0 = (*((float4*)((data1_1605632+alu2))));
  int alu3 = (alu1+25088);
  float4 val1 = (*((float4*)((data1_1605632+alu3))));
  int alu4 = (alu1+37632);
  float4 val2 = (*((float4*)((data1_1605632+alu4))));
  float4 val3 = (*((float4*)((data1_1605632+alu1))));
  float4 val4 = (*((float4*)((data2_12544+alu0))));
  float4 val5 = (*((float4*)((data3_12544+alu0))));
  float4 val6 = (*((float4*)((data4_12544+alu0))));
  float4 val7 = (*((float4*)((data5_12544+alu0))));
  float4 val8 = (*((float4*)((data6_1605632+alu2))));
  float4 val9 = (*((float4*)((data6_1605632+alu3))));
  float4 val10 = (*((float4*)((data6_1605632+alu4))));
  float4 val11 = (*((float4*)((data6_1605632+alu1))));
  float alu5 = (1/sqrt((val6.x+9.999999747378752e-06f)));
  float alu6 = (1/sqrt((val6.y+9.999999747378752e-06f)));
  float alu7 = (1/sqrt((val6.z+9.999999747378752e-06f)));
  float alu8 = (1/sqrt((val6.w+9.999999747378752e-06f)));
  float alu9 = ((0.0f<(((val0.x-val4.x)*val5.x*alu5)+val7.x))?val8.x:0.0f);
  float alu10 = ((0.0f<(((val0.y-val4.y)*val5.y*alu6)+val7.y))?val8.y:0.0f);
  float alu11 = ((0.0f<(((val0.z-val4.z)*val5.z*alu7)+val7.z))?val8.z:0.0f);
  float alu12 = ((0.0f<(((val0.w-val4.w)*val5.w*alu8)+val7.w))?val8.w:0.0f);
  float alu13 = ((0.0f<(((val1.x-val4.x)*val5.x*alu5)+val7.x))?val9.x:0.0f);
  float alu14 = ((0.0f<(((val1.y-val4.y)*val5.y*alu6)+val7.y))?val9.y:0.0f);
  float alu15 = ((0.0f<(((val1.z-val4.z)*val5.z*alu7)+val7.z))?val9.z:0.0f);
  float alu16 = ((0.0f<(((val1.w-val4.w)*val5.w*alu8)+val7.w))?val9.w:0.0f);
  float alu17 = ((0.0f<(((val2.x-val4.x)*val5.x*alu5)+val7.x))?val10.x:0.0f);
  float alu18 = ((0.0f<(((val2.y-val4.y)*val5.y*alu6)+val7.y))?val10.y:0.0f);
  float alu19 = ((0.0f<(((val2.z-val4.z)*val5.z*alu7)+val7.z))?val10.z:0.0f);
  float alu20 = ((0.0f<(((val2.w-val4.w)*val5.w*alu8)+val7.w))?val10.w:0.0f);
  float alu21 = ((0.0f<(((val3.x-val4.x)*val5.x*alu5)+val7.x))?val11.x:0.0f);
  float alu22 = ((0.0f<(((val3.y-val4.y)*val5.y*alu6)+val7.y))?val11.y:0.0f);
  float alu23 = ((0.0f<(((val3.z-val4.z)*val5.z*alu7)+val7.z))?val11.z:0.0f);
  float alu24 = ((0.0f<(((val3.w-val4.w)*val5.w*alu8)+val7.w))?val11.w:0.0f);
  *((float4*)((data0_1605632+alu2))) = make_float4(alu9,alu10,alu11,alu12);
  *((float4*)((data0_1605632+alu3))) = make_float4(alu13,alu14,alu15,alu16);
  *((float4*)((data0_1605632+alu4))) = make_float4(alu17,alu18,alu19,alu20);
  *((float4*)((data0_1605632+alu1))) = make_float4(alu21,alu22,alu23,alu24);
}