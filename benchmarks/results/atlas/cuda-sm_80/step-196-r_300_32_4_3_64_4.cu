typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(32) r_300_32_4_3_64_4(float* data0_115200, float* data1_7372800, float* data2_1024) {
  float buf0[12];
  int gidx0 = blockIdx.x; /* 300 */
  int lidx0 = threadIdx.x; /* 32 */
  *(buf0+0) = 0.0f;
  *(buf0+1) = 0.0f;
  *(buf0+2) = 0.0f;
  *(buf0+3) = 0.0f;
  *(buf0+4) = 0.0f;
  *(buf0+5) = 0.0f;
  *(buf0+6) = 0.0f;
  *(buf0+7) = 0.0f;
  *(buf0+8) = 0.0f;
  *(buf0+9) = 0.0f;
  *(buf0+10) = 0.0f;
  *(buf0+11) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 64; Ridx0++) {
    int alu12 = (Ridx0<<2);
    int alu13 = ((gidx0*24576)+(lidx0*768)+alu12);
    float4 val0 = (*((float4*)((data1_7372800+(alu13+256)))));
    float4 val1 = (*((float4*)((data1_7372800+(alu13+512)))));
    float4 val2 = (*((float4*)((data1_7372800+alu13))));
    float4 val3 = (*((float4*)((data2_1024+(alu12+256)))));
    float4 val4 = (*((float4*)((data2_1024+(alu12+512)))));
    float4 val5 = (*((float4*)((data2_1024+(alu12+768)))));
    float4 val6 = (*((float4*)((data2_1024+alu12))));
    *(buf0+0) = ((*(buf0+0))+(val2.x*val6.x)+(val2.y*val6.y)+(val2.z*val6.z)+(val2.w*val6.w));
    *(buf0+1) = ((*(buf0+1))+(val2.x*val3.x)+(val2.y*val3.y)+(val2.z*val3.z)+(val2.w*val3.w));
    *(buf0+2) = ((*(buf0+2))+(val2.x*val4.x)+(val2.y*val4.y)+(val2.z*val4.z)+(val2.w*val4.w));
    *(buf0+3) = ((*(buf0+3))+(val2.x*val5.x)+(val2.y*val5.y)+(val2.z*val5.z)+(val2.w*val5.w));
    *(buf0+4) = ((*(buf0+4))+(val0.x*val6.x)+(val0.y*val6.y)+(val0.z*val6.z)+(val0.w*val6.w));
    *(buf0+5) = ((*(buf0+5))+(val0.x*val3.x)+(val0.y*val3.y)+(val0.z*val3.z)+(val0.w*val3.w));
    *(buf0+6) = ((*(buf0+6))+(val0.x*val4.x)+(val0.y*val4.y)+(val0.z*val4.z)+(val0.w*val4.w));
    *(buf0+7) = ((*(buf0+7))+(val0.x*val5.x)+(val0.y*val5.y)+(val0.z*val5.z)+(val0.w*val5.w));
    *(buf0+8) = ((*(buf0+8))+(val1.x*val6.x)+(val1.y*val6.y)+(val1.z*val6.z)+(val1.w*val6.w));
    *(buf0+9) = ((*(buf0+9))+(val1.x*val3.x)+(val1.y*val3.y)+(val1.z*val3.z)+(val1.w*val3.w));
    *(buf0+10) = ((*(buf0+10))+(val1.x*val4.x)+(val1.y*val4.y)+(val1.z*val4.z)+(val1.w*val4.w));
    *(buf0+11) = ((*(buf0+11))+(val1.x*val5.x)+(val1.y*val5.y)+(val1.z*val5.z)+(val1.w*val5.w));
  }
  int alu27 = ((gidx0*384)+(lidx0*12));
  *((float4*)((data0_115200+(alu27+4)))) = make_float4((*(buf0+4)),(*(buf0+5)),(*(buf0+6)),(*(buf0+7)));
  *((float4*)((data0_115200+(alu27+8)))) = make_float4((*(buf0+8)),(*(buf0+9)),(*(buf0+10)),(*(buf0+11)));
  *((float4*)((data0_115200+alu27))) = make_float4((*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3)));
}