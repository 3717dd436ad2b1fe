
void E_32_128_49_2(float* restrict data0_401408, float* restrict data1_401408, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 32; Lidx0++) {
    for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 49; Lidx1_1++) {
        float val0 = (*(data1_401408+((data2_*1568)+(Lidx0*49)+Lidx1_1+(Lidx1_0*3136))));
        *(data0_401408+((data2_*200704)+(Lidx0*6272)+(Lidx1_0*49)+Lidx1_1)) = val0;
      }
    }
  }
}
