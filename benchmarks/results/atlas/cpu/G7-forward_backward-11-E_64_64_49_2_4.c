typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_64_49_2_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_64, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      float val0 = (*(data2_64+Lidx1));
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu0 = ((data3_*802816)+(Lidx0*12544)+(Lidx1*196)+(Lidx2<<2));
        float4 val1 = (*((float4*)((data1_1605632+alu0))));
        *((float4*)((data0_1605632+alu0))) = (float4){(val1[0]+val0),(val1[1]+val0),(val1[2]+val0),(val1[3]+val0)};
      }
    }
  }
}
