
void E_64_2_2(float* restrict data0_256, float* restrict data1_1024) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 2; Lidx0_0_1++) {
      for (int Lidx0_1 = 0; Lidx0_1 < 2; Lidx0_1++) {
        float val0 = (*(data1_1024+((Lidx0_0_1*-8)+(Lidx0_1*-2)+(Lidx0_0_0<<4)+10)));
        *(data0_256+((Lidx0_0_0<<2)+(Lidx0_0_1<<1)+Lidx0_1)) = val0;
      }
    }
  }
}
