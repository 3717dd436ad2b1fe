
void r_64_2_1568_4(float* restrict data0_128, float* restrict data1_802816, const int data2_) {
  float buf0[1];
  for (int Lidx3 = 0; Lidx3 < 64; Lidx3++) {
    int alu0 = ((data2_<<6)+Lidx3);
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 1568; Ridx0++) {
      int alu2 = (alu0+(Ridx0<<9));
      float val0 = (*(data1_802816+(alu2+128)));
      float val1 = (*(data1_802816+(alu2+256)));
      float val2 = (*(data1_802816+(alu2+384)));
      float val3 = (*(data1_802816+alu2));
      *(buf0+0) = ((*(buf0+0))+val3+val0+val1+val2);
    }
    *(data0_128+alu0) = ((*(buf0+0))*0.0001594387722434476f);
  }
}
