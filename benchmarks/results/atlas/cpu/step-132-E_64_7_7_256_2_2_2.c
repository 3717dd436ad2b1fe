
void E_64_7_7_256_2_2_2(float* restrict data0_6422528, float* restrict data1_2097152, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 7; Lidx0_0_1++) {
      for (int Lidx0_1 = 0; Lidx0_1 < 7; Lidx0_1++) {
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 256; Lidx1_0_0++) {
          for (int Lidx1_0_1 = 0; Lidx1_0_1 < 2; Lidx1_0_1++) {
            for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
              float val0 = (*(data1_2097152+((Lidx0_0_1<<3)+(Lidx1_0_1<<3)+Lidx0_1+Lidx1_1+(Lidx1_0_0<<6)+(data2_<<20)+(Lidx0_0_0<<14))));
              *(data0_6422528+((data2_*3211264)+(Lidx0_0_0*50176)+(Lidx0_0_1*7168)+(Lidx0_1<<10)+(Lidx1_0_0<<2)+(Lidx1_0_1<<1)+Lidx1_1)) = val0;
            }
          }
        }
      }
    }
  }
}
