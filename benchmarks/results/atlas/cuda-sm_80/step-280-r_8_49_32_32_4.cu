typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_8_49_32_32_4(float* data0_12544, float* data1_1605632, float* data2_12544, float* data3_12544, float* data4_1605632, float* data5_1605632, float* data6_12544) {
  float buf0[1];
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = (gidx0+(gidx1*1568)+(lidx0*49));
  float val0 = (*(data2_12544+alu0));
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu2 = (Ridx0*50176);
    int alu3 = (alu0+alu2);
    float val1 = (*(data1_1605632+alu3));
    int alu4 = (alu3+12544);
    float val2 = (*(data1_1605632+alu4));
    int alu5 = (alu3+25088);
    float val3 = (*(data1_1605632+alu5));
    int alu6 = (alu3+37632);
    float val4 = (*(data1_1605632+alu6));
    float val5 = (*(data4_1605632+alu3));
    float val6 = (*(data4_1605632+alu4));
    float val7 = (*(data4_1605632+alu5));
    float val8 = (*(data4_1605632+alu6));
    int alu7 = (lidx0+(gidx1<<5)+(gidx0<<8)+alu2);
    float val9 = (*(data5_1605632+alu7));
    float val10 = (*(data5_1605632+(alu7+12544)));
    float val11 = (*(data5_1605632+(alu7+25088)));
    float val12 = (*(data5_1605632+(alu7+37632)));
    float alu8 = ((0.0f<val5)?val9:0.0f);
    float alu9 = ((0.0f<val6)?val10:0.0f);
    float alu10 = ((0.0f<val7)?val11:0.0f);
    float alu11 = ((0.0f<val8)?val12:0.0f);
    *(buf0+0) = ((*(buf0+0))+((val1-val0)*alu8)+((val2-val0)*alu9)+((val3-val0)*alu10)+((val4-val0)*alu11));
  }
  float val13 = (*(data3_12544+alu0));
  float val14 = (*(data6_12544+alu0));
  float alu14 = (1/sqrt((val14+9.999999747378752e-06f)));
  *(data0_12544+alu0) = (alu14*alu14*alu14*(*(buf0+0))*val13*-0.00390625f);
}