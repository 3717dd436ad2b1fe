
void E_4096_8_8_2_2_2(float* restrict data0_2097152, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0 = 0; Lidx0 < 4096; Lidx0++) {
    for (int Lidx2 = 0; Lidx2 < 8; Lidx2++) {
      _Bool alu0 = (0<Lidx2);
      _Bool alu1 = (Lidx2<7);
      for (int Lidx3 = 0; Lidx3 < 8; Lidx3++) {
        int alu2 = ((data2_*802816)+(Lidx0*196)+(Lidx2*28)+(Lidx3<<1));
        _Bool alu3 = (0<Lidx3);
        float val0 = ((alu3&alu0)?*(data1_1605632+(alu2+-15)):0.0f);
        _Bool alu4 = (Lidx3<7);
        float val1 = ((alu4&alu0)?*(data1_1605632+(alu2+-14)):0.0f);
        float val2 = ((alu3&alu1)?*(data1_1605632+(alu2+-1)):0.0f);
        float val3 = ((alu4&alu1)?*(data1_1605632+alu2):0.0f);
        int alu5 = ((data2_<<20)+(Lidx0<<8)+(Lidx2<<3)+Lidx3);
        *(data0_2097152+(alu5+64)) = val1;
        *(data0_2097152+(alu5+128)) = val2;
        *(data0_2097152+(alu5+192)) = val3;
        *(data0_2097152+alu5) = val0;
      }
    }
  }
}
