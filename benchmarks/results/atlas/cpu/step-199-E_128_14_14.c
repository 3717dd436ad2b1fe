
void E_128_14_14(float* restrict data0_25088, float* restrict data1_115200, float* restrict data2_100352) {
  for (int Lidx0 = 0; Lidx0 < 128; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 14; Lidx1++) {
      for (int Lidx2 = 0; Lidx2 < 14; Lidx2++) {
        float val0 = (*(data1_115200+((Lidx1*60)+(Lidx2<<2)+(Lidx0*900)+64)));
        float val1 = (*(data2_100352+((Lidx1*56)+(Lidx2<<1)+(Lidx0*784)+29)));
        float alu0 = (1.0f+val1);
        *(data0_25088+((Lidx1*14)+Lidx2+(Lidx0*196))) = ((val0/alu0)*(1.0f-(1.0f/alu0))*4.0f);
      }
    }
  }
}
