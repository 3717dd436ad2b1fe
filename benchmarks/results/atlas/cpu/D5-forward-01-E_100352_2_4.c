typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_100352_2_4(float* restrict data0_802816, float* restrict data1_802816, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 100352; Lidx0++) {
    int alu0 = ((data2_*401408)+(Lidx0<<2));
    float4 val0 = (*((float4*)((data1_802816+alu0))));
    float alu1 = ((val0[0]<0.0f)?(0.20000000298023224f*val0[0]):val0[0]);
    float alu2 = ((val0[1]<0.0f)?(0.20000000298023224f*val0[1]):val0[1]);
    float alu3 = ((val0[2]<0.0f)?(0.20000000298023224f*val0[2]):val0[2]);
    float alu4 = ((val0[3]<0.0f)?(0.20000000298023224f*val0[3]):val0[3]);
    *((float4*)((data0_802816+alu0))) = (float4){alu1,alu2,alu3,alu4};
  }
}
