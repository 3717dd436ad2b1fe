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
  float alu5 = (1/sqrt((val7.x+9.999999747378752e-06f)));
  float alu6 = (1/sqrt((val7.y+9.999999747378752e-06f)));
  float alu7 = (1/sqrt((val7.z+9.999999747378752e-06f)));
  float alu8 = (1/sqrt((val7.w+9.999999747378752e-06f)));
  *((float4*)((data0_1605632+alu2))) = make_float4((((val0.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val8.x)),(((val0.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val8.y)),(((val0.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val8.z)),(((val0.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val8.w)));
  *((float4*)((data0_1605632+alu3))) = make_float4((((val1.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val9.x)),(((val1.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val9.y)),(((val1.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val9.z)),(((val1.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val9.w)));
  *((float4*)((data0_1605632+alu4))) = make_float4((((val2.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val10.x)),(((val2.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val10.y)),(((val2.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val10.z)),(((val2.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val10.w)));
  *((float4*)((data0_1605632+alu1))) = make_float4((((val3.x-val4.x)*val5.x*2.0f)+(val6.x*alu5*val11.x)),(((val3.y-val4.y)*val5.y*2.0f)+(val6.y*alu6*val11.y)),(((val3.z-val4.z)*val5.z*2.0f)+(val6.z*alu7*val11.z)),(((val3.w-val4.w)*val5.w*2.0f)+(val6.w*alu8*val11.w)));
}