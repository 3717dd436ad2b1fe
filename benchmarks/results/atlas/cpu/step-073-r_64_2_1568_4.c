
void r_64_2_1568_4(float* restrict data0_128, float* restrict data1_802816, float* restrict data2_128, const int data3_) {
  float buf0[1];
  for (int Lidx3 = 0; Lidx3 < 64; Lidx3++) {
    int alu0 = ((data3_<<6)+Lidx3);
    float val0 = (*(data2_128+alu0));
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 1568; Ridx0++) {
      int alu2 = (alu0+(Ridx0<<9));
      float val1 = (*(data1_802816+(alu2+128)));
      float val2 = (*(data1_802816+(alu2+256)));
      float val3 = (*(data1_802816+(alu2+384)));
      float val4 = (*(data1_802816+alu2));
      float alu3 = (val1-val0);
      float alu4 = (val4-val0);
      float alu5 = (val2-val0);
      float alu6 = (val3-val0);
      *(buf0+0) = ((*(buf0+0))+(alu4*alu4)+(alu3*alu3)+(alu5*alu5)+(alu6*alu6));
    }
    *(data0_128+alu0) = ((*(buf0+0))*0.0001594387722434476f);
  }
}
