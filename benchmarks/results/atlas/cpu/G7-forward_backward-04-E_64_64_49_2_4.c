typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_64_49_2_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_64, float* restrict data3_64, float* restrict data4_64, float* restrict data5_64, float* restrict data6_1605632, const int data7_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      float val0 = (*(data2_64+Lidx1));
      float val1 = (*(data3_64+Lidx1));
      float val2 = (*(data4_64+Lidx1));
      float val3 = (*(data5_64+Lidx1));
      float alu0 = __builtin_sqrtf((val2+9.999999747378752e-06f));
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu1 = ((data7_*802816)+(Lidx0*12544)+(Lidx1*196)+(Lidx2<<2));
        float4 val4 = (*((float4*)((data1_1605632+alu1))));
        float4 val5 = (*((float4*)((data6_1605632+alu1))));
        float alu2 = ((0.0f<((((val4[0]-val0)*val1)/alu0)+val3))?val5[0]:0.0f);
        float alu3 = ((0.0f<((((val4[1]-val0)*val1)/alu0)+val3))?val5[1]:0.0f);
        float alu4 = ((0.0f<((((val4[2]-val0)*val1)/alu0)+val3))?val5[2]:0.0f);
        float alu5 = ((0.0f<((((val4[3]-val0)*val1)/alu0)+val3))?val5[3]:0.0f);
        *((float4*)((data0_1605632+alu1))) = (float4){alu2,alu3,alu4,alu5};
      }
    }
  }
}
