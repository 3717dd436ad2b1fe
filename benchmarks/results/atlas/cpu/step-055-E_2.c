
void E_2(unsigned int* restrict data0_2, unsigned int* restrict data1_2) {
  for (int Lidx0 = 0; Lidx0 < 2; Lidx0++) {
    unsigned int val0 = (*(data1_2+Lidx0));
    *(data0_2+Lidx0) = val0;
  }
}
