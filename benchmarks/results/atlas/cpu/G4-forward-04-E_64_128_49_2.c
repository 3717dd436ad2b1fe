
void E_64_128_49_2(float* restrict data0_802816, float* restrict data1_802816, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = ((data2_*401408)+(Lidx0*6272));
    for (int Lidx1 = 0; Lidx1 < 128; Lidx1++) {
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        float val0 = (*(data1_802816+(alu0+(Lidx2<<7)+Lidx1)));
        *(data0_802816+(alu0+(Lidx1*49)+Lidx2)) = val0;
      }
    }
  }
}
