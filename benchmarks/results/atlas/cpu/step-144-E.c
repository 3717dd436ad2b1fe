
void E(float* restrict data0_1, float* restrict data1_1) {
  float val0 = (*(data1_1+0));
  *(data0_1+0) = val0;
}
