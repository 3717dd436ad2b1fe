
void E_2_2_2_128_14_14_2(float* restrict data0_401408, float* restrict data1_115200, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 2; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 2; Lidx0_0_1++) {
      for (int Lidx0_1 = 0; Lidx0_1 < 2; Lidx0_1++) {
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
          for (int Lidx1_0_1 = 0; Lidx1_0_1 < 14; Lidx1_0_1++) {
            for (int Lidx1_1 = 0; Lidx1_1 < 14; Lidx1_1++) {
              float val0 = (*(data1_115200+((Lidx0_0_1*15)+(Lidx1_0_1*15)+Lidx0_1+Lidx1_1+(data2_*450)+(Lidx0_0_0*225)+(Lidx1_0_0*900))));
              *(data0_401408+((data2_*200704)+(Lidx0_0_0*100352)+(Lidx0_0_1*50176)+(Lidx0_1*25088)+(Lidx1_0_0*196)+(Lidx1_0_1*14)+Lidx1_1)) = val0;
            }
          }
        }
      }
    }
  }
}
