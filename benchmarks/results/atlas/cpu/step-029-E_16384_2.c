
void E_16384_2(float* restrict data0_32768, float* restrict data1_131072) {
  for (int Lidx0 = 0; Lidx0 < 16384; Lidx0++) {
    for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
      float val0 = (*(data1_131072+((Lidx0<<3)+(Lidx1_1<<1)+4)));
      *(data0_32768+((Lidx0<<1)+Lidx1_1)) = val0;
    }
  }
}
