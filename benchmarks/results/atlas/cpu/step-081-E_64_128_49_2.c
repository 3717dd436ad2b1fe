
void E_64_128_49_2(float* restrict data0_802816, float* restrict data1_802816, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 49; Lidx1_1++) {
        float val0 = (*(data1_802816+((data2_*3136)+(Lidx0*49)+Lidx1_1+(Lidx1_0*6272))));
        *(data0_802816+((data2_*401408)+(Lidx0*6272)+(Lidx1_0*49)+Lidx1_1)) = val0;
      }
    }
  }
}
