typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_2_2_64_4(float* restrict data0_1024, float* restrict data1_1024) {
  for (int Lidx0_0 = 0; Lidx0_0 < 2; Lidx0_0++) {
    for (int Lidx0_1 = 0; Lidx0_1 < 2; Lidx0_1++) {
      for (int Lidx1_0 = 0; Lidx1_0 < 64; Lidx1_0++) {
        int alu0 = ((Lidx0_0<<2)+Lidx0_1+(Lidx1_0<<4));
        float val0 = (*(data1_1024+(alu0+2)));
        float val1 = (*(data1_1024+(alu0+8)));
        float val2 = (*(data1_1024+(alu0+10)));
        float val3 = (*(data1_1024+alu0));
        *((float4*)((data0_1024+((Lidx0_0<<9)+(Lidx0_1<<8)+(Lidx1_0<<2))))) = (float4){val2,val1,val0,val3};
      }
    }
  }
}
