
void E_28672_7_2(float* restrict data0_401408, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 28672; Lidx0++) {
    for (int Lidx3 = 0; Lidx3 < 7; Lidx3++) {
      float val0 = (*(data1_1605632+((data2_*802816)+(Lidx0*28)+(Lidx3<<1))));
      *(data0_401408+((data2_*200704)+(Lidx0*7)+Lidx3)) = val0;
    }
  }
}
