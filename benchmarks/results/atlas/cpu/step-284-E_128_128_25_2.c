
void E_128_128_25_2(float* restrict data0_819200, float* restrict data1_819200, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 128; Lidx0++) {
    int alu0 = ((data2_*409600)+(Lidx0*3200));
    for (int Lidx1 = 0; Lidx1 < 128; Lidx1++) {
      for (int Lidx2 = 0; Lidx2 < 25; Lidx2++) {
        float val0 = (*(data0_819200+(alu0+(Lidx1*25)+Lidx2)));
        float val1 = (*(data1_819200+(alu0+(Lidx2*-128)+Lidx1+3072)));
        *(data0_819200+(alu0+(Lidx1*25)+Lidx2)) = ((0.9990000128746033f*val0)+(0.0010000000474974513f*val1*val1));
      }
    }
  }
}
