typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_8_49_32_32_4(float* data0_12544, float* data1_1605632, float* data2_1605632) {
  float buf0[1];
  int gidx0 = blockIdx.x; /* 49 */
  int gidx1 = blockIdx.y; /* 8 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = (gidx0+(gidx1*1568)+(lidx0*49));
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu2 = (Ridx0*50176);
    int alu3 = (alu0+alu2);
    float val0 = (*(data1_1605632+alu3));
    float val1 = (*(data1_1605632+(alu3+12544)));
    float val2 = (*(data1_1605632+(alu3+25088)));
    float val3 = (*(data1_1605632+(alu3+37632)));
    int alu4 = (lidx0+(gidx1<<5)+(gidx0<<8)+alu2);
    float val4 = (*(data2_1605632+alu4));
    float val5 = (*(data2_1605632+(alu4+12544)));
    float val6 = (*(data2_1605632+(alu4+25088)));
    float val7 = (*(data2_1605632+(alu4+37632)));
    float alu5 = ((0.0f<val0)?val4:0.0f);
    float alu6 = ((0.0f<val1)?val5:0.0f);
    float alu7 = ((0.0f<val2)?val6:0.0f);
    float alu8 = ((0.0f<val3)?val7:0.0f);
    *(buf0+0) = ((*(buf0+0))+alu5+alu6+alu7+alu8);
  }
  *(data0_12544+alu0) = (*(buf0+0));
}