typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_98_32_4_32_4(float* data0_12544, float* data1_1605632, float* data2_12544) {
  float buf0[4];
  int gidx0 = blockIdx.x; /* 98 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((float4*)((data2_12544+alu0))));
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu5 = (alu0+(Ridx0*50176));
    float4 val1 = (*((float4*)((data1_1605632+(alu5+12544)))));
    float4 val2 = (*((float4*)((data1_1605632+(alu5+25088)))));
    float4 val3 = (*((float4*)((data1_1605632+(alu5+37632)))));
    float4 val4 = (*((float4*)((data1_1605632+alu5))));
    float alu6 = (val1.x-val0.x);
    float alu7 = (val4.x-val0.x);
    float alu8 = (val2.x-val0.x);
    float alu9 = (val3.x-val0.x);
    float alu10 = (val1.y-val0.y);
    float alu11 = (val4.y-val0.y);
    float alu12 = (val2.y-val0.y);
    float alu13 = (val3.y-val0.y);
    float alu14 = (val1.z-val0.z);
    float alu15 = (val4.z-val0.z);
    float alu16 = (val2.z-val0.z);
    float alu17 = (val3.z-val0.z);
    float alu18 = (val1.w-val0.w);
    float alu19 = (val4.w-val0.w);
    float alu20 = (val2.w-val0.w);
    float alu21 = (val3.w-val0.w);
    *(buf0+0) = ((*(buf0+0))+(alu7*alu7)+(alu6*alu6)+(alu8*alu8)+(alu9*alu9));
    *(buf0+1) = ((*(buf0+1))+(alu11*alu11)+(alu10*alu10)+(alu12*alu12)+(alu13*alu13));
    *(buf0+2) = ((*(buf0+2))+(alu15*alu15)+(alu14*alu14)+(alu16*alu16)+(alu17*alu17));
    *(buf0+3) = ((*(buf0+3))+(alu19*alu19)+(alu18*alu18)+(alu20*alu20)+(alu21*alu21));
  }
  *((float4*)((data0_12544+alu0))) = make_float4(((*(buf0+0))*0.0078125f),((*(buf0+1))*0.0078125f),((*(buf0+2))*0.0078125f),((*(buf0+3))*0.0078125f));
}