
void E_8192_2_2_2_2(float* restrict data0_131072, float* restrict data1_131072) {
  for (int Lidx0 = 0; Lidx0 < 8192; Lidx0++) {
    int alu0 = (Lidx0<<4);
    for (int Lidx1_0_0_0_1 = 0; Lidx1_0_0_0_1 < 2; Lidx1_0_0_0_1++) {
      for (int Lidx1_0_0_1 = 0; Lidx1_0_0_1 < 2; Lidx1_0_0_1++) {
        for (int Lidx1_0_1 = 0; Lidx1_0_1 < 2; Lidx1_0_1++) {
          for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
            float val0 = (*(data1_131072+(alu0+(Lidx1_1<<1)+Lidx1_0_0_1+(Lidx1_0_0_0_1<<2)+(Lidx1_0_1<<3))));
            *(data0_131072+(alu0+(Lidx1_0_0_0_1<<3)+(Lidx1_0_0_1<<2)+(Lidx1_0_1<<1)+Lidx1_1)) = val0;
          }
        }
      }
    }
  }
}
