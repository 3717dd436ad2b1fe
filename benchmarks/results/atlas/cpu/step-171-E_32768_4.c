typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_32768_4(float* restrict data0_131072, float* restrict data1_131072) {
  for (int Lidx0 = 0; Lidx0 < 32768; Lidx0++) {
    int alu0 = (Lidx0<<2);
    float4 val0 = (*((float4*)((data1_131072+alu0))));
    *((float4*)((data0_131072+alu0))) = val0;
  }
}
