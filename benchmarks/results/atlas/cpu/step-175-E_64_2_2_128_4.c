typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_2_2_128_4(float* restrict data0_131072, float* restrict data1_131072) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 2; Lidx0_0_1++) {
      for (int Lidx0_1 = 0; Lidx0_1 < 2; Lidx0_1++) {
        for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
          int alu0 = ((Lidx0_0_1<<2)+Lidx0_1+(Lidx0_0_0<<4)+(Lidx1_0<<10));
          float val0 = (*(data1_131072+(alu0+2)));
          float val1 = (*(data1_131072+(alu0+8)));
          float val2 = (*(data1_131072+(alu0+10)));
          float val3 = (*(data1_131072+alu0));
          *((float4*)((data0_131072+((Lidx0_0_0<<11)+(Lidx0_0_1<<10)+(Lidx0_1<<9)+(Lidx1_0<<2))))) = (float4){val2,val1,val0,val3};
        }
      }
    }
  }
}
