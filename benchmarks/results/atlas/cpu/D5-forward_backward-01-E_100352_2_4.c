typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_100352_2_4(float* restrict data0_802816, float* restrict data1_802816, float* restrict data2_802816, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 100352; Lidx0++) {
    int alu0 = ((data3_*401408)+(Lidx0<<2));
    float4 val0 = (*((float4*)((data1_802816+alu0))));
    float4 val1 = (*((float4*)((data2_802816+alu0))));
    _Bool alu1 = (val0[0]<0.0f);
    float alu2 = (alu1?val1[0]:0.0f);
    float alu3 = (alu1?0.0f:val1[0]);
    _Bool alu4 = (val0[1]<0.0f);
    float alu5 = (alu4?val1[1]:0.0f);
    float alu6 = (alu4?0.0f:val1[1]);
    _Bool alu7 = (val0[2]<0.0f);
    float alu8 = (alu7?val1[2]:0.0f);
    float alu9 = (alu7?0.0f:val1[2]);
    _Bool alu10 = (val0[3]<0.0f);
    float alu11 = (alu10?val1[3]:0.0f);
    float alu12 = (alu10?0.0f:val1[3]);
    *((float4*)((data0_802816+alu0))) = (float4){(alu3+(0.20000000298023224f*alu2)),(alu6+(0.20000000298023224f*alu5)),(alu9+(0.20000000298023224f*alu8)),(alu12+(0.20000000298023224f*alu11))};
  }
}
