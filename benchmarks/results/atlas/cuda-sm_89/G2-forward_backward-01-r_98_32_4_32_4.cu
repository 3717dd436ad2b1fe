typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_98_32_4_32_4(float* data0_12544, float* data1_1605632) {
  float buf0[4];
  int gidx0 = blockIdx.x; /* 98 */
  int lidx0 = threadIdx.x; /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
    int alu5 = (alu0+(Ridx0*50176));
    float4 val0 = (*((float4*)((data1_1605632+(alu5+12544)))));
    float4 val1 = (*((float4*)((data1_1605632+(alu5+25088)))));
    float4 val2 = (*((float4*)((data1_1605632+(alu5+37632)))));
    float4 val3 = (*((float4*)((data1_1605632+alu5))));
    *(buf0+0) = ((*(buf0+0))+val3.x+val0.x+val1.x+val2.x);
    *(buf0+1) = ((*(buf0+1))+val3.y+val0.y+val1.y+val2.y);
    *(buf0+2) = ((*(buf0+2))+val3.z+val0.z+val1.z+val2.z);
    *(buf0+3) = ((*(buf0+3))+val3.w+val0.w+val1.w+val2.w);
  }
  *((float4*)((data0_12544+alu0))) = make_float4(((*(buf0+0))*0.0078125f),((*(buf0+1))*0.0078125f),((*(buf0+2))*0.0078125f),((*(buf0+3))*0.0078125f));
}