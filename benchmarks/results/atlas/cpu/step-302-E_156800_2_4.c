typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_156800_2_4(float* restrict data0_1254400, float* restrict data1_1254400, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 156800; Lidx0++) {
    int alu0 = ((data2_*627200)+(Lidx0<<2));
    float4 val0 = (*((float4*)((data1_1254400+alu0))));
    *((float4*)((data0_1254400+alu0))) = val0;
  }
}
