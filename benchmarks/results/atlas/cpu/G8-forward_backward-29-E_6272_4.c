typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_6272_4(float* restrict data0_25088, float* restrict data1_25088) {
  for (int Lidx0 = 0; Lidx0 < 6272; Lidx0++) {
    int alu0 = (Lidx0<<2);
    float4 val0 = (*((float4*)((data1_25088+alu0))));
    *((float4*)((data0_25088+alu0))) = val0;
  }
}
