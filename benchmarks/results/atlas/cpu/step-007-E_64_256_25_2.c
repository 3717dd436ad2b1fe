
void E_64_256_25_2(float* restrict data0_819200, float* restrict data1_819200, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1_0 = 0; Lidx1_0 < 256; Lidx1_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 25; Lidx1_1++) {
        float val0 = (*(data1_819200+((((data2_*1600)+(Lidx0*25))-Lidx1_1)+(Lidx1_0*3200)+24)));
        *(data0_819200+((data2_*409600)+(Lidx0*6400)+(Lidx1_0*25)+Lidx1_1)) = val0;
      }
    }
  }
}
