
void E_64_2_2_2_2(float* restrict data0_1024, float* restrict data1_1024) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = (Lidx0<<4);
    for (int Lidx1_0_0_0 = 0; Lidx1_0_0_0 < 2; Lidx1_0_0_0++) {
      for (int Lidx1_0_0_1 = 0; Lidx1_0_0_1 < 2; Lidx1_0_0_1++) {
        for (int Lidx1_0_1 = 0; Lidx1_0_1 < 2; Lidx1_0_1++) {
          for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
            float val0 = (*(data1_1024+((Lidx1_1<<1)+Lidx1_0_0_1+(Lidx1_0_0_0<<2)+(Lidx1_0_1<<3)+alu0)));
            *(data0_1024+((Lidx1_0_0_0<<3)+(Lidx1_0_0_1<<2)+(Lidx1_0_1<<1)+Lidx1_1+alu0)) = val0;
          }
        }
      }
    }
  }
}
