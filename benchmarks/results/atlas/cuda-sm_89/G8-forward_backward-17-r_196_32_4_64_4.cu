typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_196_32_4_64_4(float* data0_25088, float* data1_6422528, float* data2_256) {
  float buf0[4];
  int gidx0 = blockIdx.x; /* 196 */
  int lidx0 = threadIdx.x; /* 32 */
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 64; Ridx0++) {
    int alu4 = (Ridx0<<2);
    int alu5 = ((gidx0<<15)+(lidx0<<10)+alu4);
    float4 val0 = (*((float4*)((data1_6422528+(alu5+256)))));
    float4 val1 = (*((float4*)((data1_6422528+(alu5+512)))));
    float4 val2 = (*((float4*)((data1_6422528+(alu5+768)))));
    float4 val3 = (*((float4*)((data1_6422528+alu5))));
    float4 val4 = (*((float4*)((data2_256+alu4))));
    *(buf0+0) = ((*(buf0+0))+(val3.x*val4.x)+(val3.y*val4.y)+(val3.z*val4.z)+(val3.w*val4.w));
    *(buf0+1) = ((*(buf0+1))+(val0.x*val4.x)+(val0.y*val4.y)+(val0.z*val4.z)+(val0.w*val4.w));
    *(buf0+2) = ((*(buf0+2))+(val1.x*val4.x)+(val1.y*val4.y)+(val1.z*val4.z)+(val1.w*val4.w));
    *(buf0+3) = ((*(buf0+3))+(val2.x*val4.x)+(val2.y*val4.y)+(val2.z*val4.z)+(val2.w*val4.w));
  }
  *((float4*)((data0_25088+((gidx0<<7)+(lidx0<<2))))) = make_float4((*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3)));
}