typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_32_4(float* restrict data0_128) {
  for (int Lidx0 = 0; Lidx0 < 32; Lidx0++) {
    *((float4*)((data0_128+(Lidx0<<2)))) = (float4){1.0f,1.0f,1.0f,1.0f};
  }
}
