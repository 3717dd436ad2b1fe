typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_200704_2_4(float* restrict data0_1605632, _Bool* restrict data1_1605632, float* restrict data2_1605632, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 200704; Lidx0++) {
    int alu0 = ((data3_*802816)+(Lidx0<<2));
    _Bool val0 = (*(data1_1605632+(alu0+1)));
    _Bool val1 = (*(data1_1605632+(alu0+2)));
    _Bool val2 = (*(data1_1605632+(alu0+3)));
    _Bool val3 = (*(data1_1605632+alu0));
    float4 val4 = (*((float4*)((data2_1605632+alu0))));
    float alu1 = (val0?(1.4285714626312256f*val4[1]):0.0f);
    float alu2 = (val1?(1.4285714626312256f*val4[2]):0.0f);
    float alu3 = (val2?(1.4285714626312256f*val4[3]):0.0f);
    float alu4 = (val3?(1.4285714626312256f*val4[0]):0.0f);
    *((float4*)((data0_1605632+alu0))) = (float4){alu4,alu1,alu2,alu3};
  }
}
