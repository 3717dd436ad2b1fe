typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_128_4(float* restrict data0_32768, float* restrict data1_131072) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
      int alu0 = ((Lidx0<<4)+(Lidx1_0<<10));
      float val0 = (*(data1_131072+(alu0+2)));
      float val1 = (*(data1_131072+(alu0+8)));
      float val2 = (*(data1_131072+(alu0+10)));
      float val3 = (*(data1_131072+alu0));
      *((float4*)((data0_32768+((Lidx0<<9)+(Lidx1_0<<2))))) = (float4){val2,val1,val0,val3};
    }
  }
}
