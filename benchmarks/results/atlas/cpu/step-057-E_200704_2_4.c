typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_200704_2_4(float* restrict data0_1605632, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 200704; Lidx0++) {
    int alu0 = ((data2_*802816)+(Lidx0<<2));
    float4 val0 = (*((float4*)((data1_1605632+alu0))));
    float alu1 = ((0.0f<val0[0])?val0[0]:0.0f);
    float alu2 = ((0.0f<val0[1])?val0[1]:0.0f);
    float alu3 = ((0.0f<val0[2])?val0[2]:0.0f);
    float alu4 = ((0.0f<val0[3])?val0[3]:0.0f);
    *((float4*)((data0_1605632+alu0))) = (float4){alu1,alu2,alu3,alu4};
  }
}
