typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_128_14_14_2_2(float* restrict data0_100352, float* restrict data1_25088) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 128; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 14; Lidx0_0_1++) {
      _Bool alu0 = (0<Lidx0_0_1);
      for (int Lidx0_1 = 0; Lidx0_1 < 14; Lidx0_1++) {
        int alu1 = ((Lidx0_0_0*196)+(Lidx0_0_1*14)+Lidx0_1);
        float val0 = (alu0?*(data1_25088+(alu1+-14)):0.0f);
        _Bool alu2 = (Lidx0_1<13);
        float val1 = ((alu2&alu0)?*(data1_25088+(alu1+-13)):0.0f);
        float val2 = (alu2?*(data1_25088+(alu1+1)):0.0f);
        float val3 = (*(data1_25088+alu1));
        *((float4*)((data0_100352+((Lidx0_0_0*784)+(Lidx0_0_1*56)+(Lidx0_1<<2))))) = (float4){val0,val1,val3,val2};
      }
    }
  }
}
