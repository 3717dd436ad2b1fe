
void E_64_128_2_2(float* restrict data0_32768, float* restrict data1_131072) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
      for (int Lidx1_0_1 = 0; Lidx1_0_1 < 2; Lidx1_0_1++) {
        for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
          float val0 = (*(data1_131072+((Lidx1_0_1*-8)+(Lidx1_1*-2)+(Lidx0<<4)+(Lidx1_0_0<<10)+10)));
          *(data0_32768+((Lidx1_0_0<<2)+(Lidx1_0_1<<1)+Lidx1_1+(Lidx0<<9))) = val0;
        }
      }
    }
  }
}
