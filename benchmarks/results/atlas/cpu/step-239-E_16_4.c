typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_4(float* restrict data0_64, float* restrict data1_64) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    int alu0 = (Lidx0<<2);
    float4 val0 = (*((float4*)((data1_64+alu0))));
    *((float4*)((data0_64+alu0))) = val0;
  }
}
