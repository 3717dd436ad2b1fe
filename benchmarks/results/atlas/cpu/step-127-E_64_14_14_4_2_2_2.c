
void E_64_14_14_4_2_2_2(float* restrict data0_401408, float* restrict data1_115200, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 14; Lidx0_0_1++) {
      for (int Lidx0_1 = 0; Lidx0_1 < 14; Lidx0_1++) {
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 4; Lidx1_0_0++) {
          for (int Lidx1_0_1 = 0; Lidx1_0_1 < 2; Lidx1_0_1++) {
            for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
              float val0 = (*(data1_115200+((Lidx0_0_1*15)+(Lidx1_0_1*15)+Lidx0_1+Lidx1_1+(Lidx1_0_0*225)+(data2_*57600)+(Lidx0_0_0*900))));
              *(data0_401408+((data2_*200704)+(Lidx0_0_0*3136)+(Lidx0_0_1*224)+(Lidx0_1<<4)+(Lidx1_0_0<<2)+(Lidx1_0_1<<1)+Lidx1_1)) = val0;
            }
          }
        }
      }
    }
  }
}
