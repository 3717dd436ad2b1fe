typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) r_784_8_16_4_4_16(float* data0_1605632, float* data1_401408, float* data2_1024) {
  int gidx0 = blockIdx.x; /* 784 */
  int lidx0 = threadIdx.x; /* 8 */
  int alu0 = ((gidx0<<9)+(lidx0<<6));
  float4 val0 = (*((float4*)((data1_401408+(alu0+4)))));
  float4 val1 = (*((float4*)((data1_401408+(alu0+8)))));
  float4 val2 = (*((float4*)((data1_401408+(alu0+12)))));
  float4 val3 = (*((float4*)((data1_401408+(alu0+16)))));
  float4 val4 = (*((float4*)((data1_401408+(alu0+20)))));
  float4 val5 = (*((float4*)((data1_401408+(alu0+24)))));
  float4 val6 = (*((float4*)((data1_401408+(alu0+28)))));
  float4 val7 = (*((float4*)((data1_401408+(alu0+32)))));
  float4 val8 = (*((float4*)((data1_401408+(alu0+36)))));
  float4 val9 = (*((float4*)((data1_401408+(alu0+40)))));
  float4 val10 = (*((float4*)((data1_401408+(alu0+44)))));
  float4 val11 = (*((float4*)((data1_401408+(alu0+48)))));
  float4 val12 = (*((float4*)((data1_401408+(alu0+52)))));
  float4 val13 = (*((float4*)((data1_401408+(alu0+56)))));
  float4 val14 = (*((float4*)((data1_401408+(alu0+60)))));
  float4 val15 = (*((float4*)((data1_401408+alu0))));
  int lidx1 = threadIdx.y; /* 16 */
  int alu1 = (lidx1<<6);
  float4 val16 = (*((float4*)((data2_1024+(alu1+4)))));
  float4 val17 = (*((float4*)((data2_1024+(alu1+8)))));
  float4 val18 = (*((float4*)((data2_1024+(alu1+12)))));
  float4 val19 = (*((float4*)((data2_1024+(alu1+16)))));
  float4 val20 = (*((float4*)((data2_1024+(alu1+20)))));
  float4 val21 = (*((float4*)((data2_1024+(alu1+24)))));
  float4 val22 = (*((float4*)((data2_1024+(alu1+28)))));
  float4 val23 = (*((float4*)((data2_1024+(alu1+32)))));
  float4 val24 = (*((float4*)((data2_1024+(alu1+36)))));
  float4 val25 = (*((float4*)((data2_1024+(alu1+40)))));
  float4 val26 = (*((float4*)((data2_1024+(alu1+44)))));
  float4 val27 = (*((float4*)((data2_1024+(alu1+48)))));
  float4 val28 = (*((float4*)((data2_1024+(alu1+52)))));
  float4 val29 = (*((float4*)((data2_1024+(alu1+56)))));
  float4 val30 = (*((float4*)((data2_1024+(alu1+60)))));
  float4 val31 = (*((float4*)((data2_1024+alu1))));
  int alu2 = ((gidx0<<11)+(lidx0<<8)+(lidx1<<2));
  *((float4*)((data0_1605632+(alu2+64)))) = make_float4(((val3.x*val31.x)+(val3.y*val31.y)+(val3.z*val31.z)+(val3.w*val31.w)+(val4.x*val16.x)+(val4.y*val16.y)+(val4.z*val16.z)+(val4.w*val16.w)+(val5.x*val17.x)+(val5.y*val17.y)+(val5.z*val17.z)+(val5.w*val17.w)+(val6.x*val18.x)+(val6.y*val18.y)+(val6.z*val18.z)+(val6.w*val18.w)),((val3.x*val19.x)+(val3.y*val19.y)+(val3.z*val19.z)+(val3.w*val19.w)+(val4.x*val20.x)+(val4.y*val20.y)+(val4.z*val20.z)+(val4.w*val20.w)+(val5.x*val21.x)+(val5.y*val21.y)+(val5.z*val21.z)+(val5.w*val21.w)+(val6.x*val22.x)+(val6.y*val22.y)+(val6.z*val22.z)+(val6.w*val22.w)),((val3.x*val23.x)+(val3.y*val23.y)+(val3.z*val23.z)+(val3.w*val23.w)+(val4.x*val24.x)+(val4.y*val24.y)+(val4.z*val24.z)+(val4.w*val24.w)+(val5.x*val25.x)+(val5.y*val25.y)+(val5.z*val25.z)+(val5.w*val25.w)+(val6.x*val26.x)+(val6.y*val26.y)+(val6.z*val26.z)+(val6.w*val26.w)),((val3.x*val27.x)+(val3.y*val27.y)+(val3.z*val27.z)+(val3.w*val27.w)+(val4.x*val28.x)+(val4.y*val28.y)+(val4.z*val28.z)+(val4.w*val28.w)+(val5.x*val29.x)+(val5.y*val29.y)+(val5.z*val29.z)+(val5.w*val29.w)+(val6.x*val30.x)+(val6.y*val30.y)+(val6.z*val30.z)+(val6.w*val30.w)));
  *((float4*)((data0_1605632+(alu2+128)))) = make_float4(((val7.x*val31.x)+(val7.y*val31.y)+(val7.z*val31.z)+(val7.w*val31.w)+(val8.x*val16.x)+(val8.y*val16.y)+(val8.z*val16.z)+(val8.w*val16.w)+(val9.x*val17.x)+(val9.y*val17.y)+(val9.z*val17.z)+(val9.w*val17.w)+(val10.x*val18.x)+(val10.y*val18.y)+(val10.z*val18.z)+(val10.w*val18.w)),((val7.x*val19.x)+(val7.y*val19.y)+(val7.z*val19.z)+(val7.w*val19.w)+(val8.x*val20.x)+(val8.y*val20.y)+(val8.z*val20.z)+(val8.w*val20.w)+(val9.x*val21.x)+(val9.y*val21.y)+(val9.z*val21.z)+(val9.w*val21.w)+(val10.x*val22.x)+(val10.y*val22.y)+(val10.z*val22.z)+(val10.w*val22.w)),((val7.x*val23.x)+(val7.y*val23.y)+(val7.z*val23.z)+(val7.w*val23.w)+(val8.x*val24.x)+(val8.y*val24.y)+(val8.z*val24.z)+(val8.w*val24.w)+(val9.x*val25.x)+(val9.y*val25.y)+(val9.z*val25.z)+(val9.w*val25.w)+(val10.x*val26.x)+(val10.y*val26.y)+(val10.z*val26.z)+(val10.w*val26.w)),((val7.x*val27.x)+(val7.y*val27.y)+(val7.z*val27.z)+(val7.w*val27.w)+(val8.x*val28.x)+(val8.y*val28.y)+(val8.z*val28.z)+(val8.w*val28.w)+(val9.x*val29.x)+(val9.y*val29.y)+(val9.z*val29.z)+(val9.w*val29.w)+(val10.x*val30.x)+(val10.y*val30.y)+(val10.z*val30.z)+(val10.w*val30.w)));
  *((float4*)((data0_1605632+(alu2+192)))) = make_float4(((val11.x*val31.x)+(val11.y*val31.y)+(val11.z*val31.z)+(val11.w*val31.w)+(val12.x*val16.x)+(val12.y*val16.y)+(val12.z*val16.z)+(val12.w*val16.w)+(val13.x*val17.x)+(val13.y*val17.y)+(val13.z*val17.z)+(val13.w*val17.w)+(val14.x*val18.x)+(val14.y*val18.y)+(val14.z*val18.z)+(val14.w*val18.w)),((val11.x*val19.x)+(val11.y*val19.y)+(val11.z*val19.z)+(val11.w*val19.w)+(val12.x*val20.x)+(val12.y*val20.y)+(val12.z*val20.z)+(val12.w*val20.w)+(val13.x*val21.x)+(val13.y*val21.y)+(val13.z*val21.z)+(val13.w*val21.w)+(val14.x*val22.x)+(val14.y*val22.y)+(val14.z*val22.z)+(val14.w*val22.w)),((val11.x*val23.x)+(val11.y*val23.y)+(val11.z*val23.z)+(val11.w*val23.w)+(val12.x*val24.x)+(val12.y*val24.y)+(val12.z*val24.z)+(val12.w*val24.w)+(val13.x*val25.x)+(val13.y*val25.y)+(val13.z*val25.z)+(val13.w*val25.w)+(val14.x*val26.x)+(val14.y*val26.y)+(val14.z*val26.z)+(val14.w*val26.w)),((val11.x*val27.x)+(val11.y*val27.y)+(val11.z*val27.z)+(val11.w*val27.w)+(val12.x*val28.x)+(val12.y*val28.y)+(val12.z*val28.z)+(val12.w*val28.w)+(val13.x*val29.x)+(val13.y*val29.y)+(val13.z*val29.z)+(val13.w*val29.w)+(val14.x*val30.x)+(val14.y*val30.y)+(val14.z*val30.z)+(val14.w*val30.w)));
  *((float4*)((data0_1605632+alu2))) = make_float4(((val15.x*val31.x)+(val15.y*val31.y)+(val15.z*val31.z)+(val15.w*val31.w)+(val0.x*val16.x)+(val0.y*val16.y)+(val0.z*val16.z)+(val0.w*val16.w)+(val1.x*val17.x)+(val1.y*val17.y)+(val1.z*val17.z)+(val1.w*val17.w)+(val2.x*val18.x)+(val2.y*val18.y)+(val2.z*val18.z)+(val2.w*val18.w)),((val15.x*val19.x)+(val15.y*val19.y)+(val15.z*val19.z)+(val15.w*val19.w)+(val0.x*val20.x)+(val0.y*val20.y)+(val0.z*val20.z)+(val0.w*val20.w)+(val1.x*val21.x)+(val1.y*val21.y)+(val1.z*val21.z)+(val1.w*val21.w)+(val2.x*val22.x)+(val2.y*val22.y)+(val2.z*val22.z)+(val2.w*val22.w)),((val15.x*val23.x)+(val15.y*val23.y)+(val15.z*val23.z)+(val15.w*val23.w)+(val0.x*val24.x)+(val0.y*val24.y)+(val0.z*val24.z)+(val0.w*val24.w)+(val1.x*val25.x)+(val1.y*val25.y)+(val1.z*val25.z)+(val1.w*val25.w)+(val2.x*val26.x)+(val2.y*val26.y)+(val2.z*val26.z)+(val2.w*val26.w)),((val15.x*val27.x)+(val15.y*val27.y)+(val15.z*val27.z)+(val15.w*val27.w)+(val0.x*val28.x)+(val0.y*val28.y)+(val0.z*val28.z)+(val0.w*val28.w)+(val1.x*val29.x)+(val1.y*val29.y)+(val1.z*val29.z)+(val1.w*val29.w)+(val2.x*val30.x)+(val2.y*val30.y)+(val2.z*val30.z)+(val2.w*val30.w)));
}