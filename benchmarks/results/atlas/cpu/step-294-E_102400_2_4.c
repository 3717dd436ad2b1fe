typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_102400_2_4(float* restrict data0_819200, float* restrict data1_819200, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 102400; Lidx0++) {
    int alu0 = ((data2_*409600)+(Lidx0<<2));
    float4 val0 = (*((float4*)((data1_819200+alu0))));
    *((float4*)((data0_819200+alu0))) = val0;
  }
}
