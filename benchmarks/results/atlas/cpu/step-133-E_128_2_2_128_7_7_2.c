
void E_128_2_2_128_7_7_2(float* restrict data0_6422528, float* restrict data1_2097152, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 128; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 2; Lidx0_0_1++) {
      for (int Lidx0_1 = 0; Lidx0_1 < 2; Lidx0_1++) {
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
          for (int Lidx1_0_1 = 0; Lidx1_0_1 < 7; Lidx1_0_1++) {
            for (int Lidx1_1 = 0; Lidx1_1 < 7; Lidx1_1++) {
              float val0 = (*(data1_2097152+((Lidx0_0_1<<3)+(Lidx1_0_1<<3)+Lidx0_1+Lidx1_1+(data2_<<13)+(Lidx0_0_0<<6)+(Lidx1_0_0<<14))));
              *(data0_6422528+((data2_*3211264)+(Lidx0_0_0*25088)+(Lidx0_0_1*12544)+(Lidx0_1*6272)+(Lidx1_0_0*49)+(Lidx1_0_1*7)+Lidx1_1)) = val0;
            }
          }
        }
      }
    }
  }
}
