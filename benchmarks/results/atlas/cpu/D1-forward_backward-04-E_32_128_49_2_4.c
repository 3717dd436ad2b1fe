typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_32_128_49_2_4(float* restrict data0_1605632, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 32; Lidx0++) {
    for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 49; Lidx1_1++) {
        int alu0 = (Lidx1_1<<2);
        float4 val0 = (*((float4*)((data1_1605632+((data2_*6272)+(Lidx0*196)+alu0+(Lidx1_0*12544))))));
        *((float4*)((data0_1605632+((data2_*802816)+(Lidx0*25088)+(Lidx1_0*196)+alu0)))) = val0;
      }
    }
  }
}
