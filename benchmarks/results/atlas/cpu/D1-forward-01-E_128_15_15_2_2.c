
void E_128_15_15_2_2(float* restrict data0_115200, float* restrict data1_100352) {
  for (int Lidx0 = 0; Lidx0 < 128; Lidx0++) {
    for (int Lidx2 = 0; Lidx2 < 15; Lidx2++) {
      _Bool alu0 = (0<Lidx2);
      _Bool alu1 = (Lidx2<14);
      for (int Lidx3 = 0; Lidx3 < 15; Lidx3++) {
        int alu2 = ((Lidx2*56)+(Lidx3<<1)+(Lidx0*784));
        _Bool alu3 = (0<Lidx3);
        float val0 = ((alu3&alu0)?*(data1_100352+(alu2+-29)):0.0f);
        _Bool alu4 = (Lidx3<14);
        float val1 = ((alu4&alu0)?*(data1_100352+(alu2+-28)):0.0f);
        float val2 = ((alu3&alu1)?*(data1_100352+(alu2+-1)):0.0f);
        float val3 = ((alu4&alu1)?*(data1_100352+alu2):0.0f);
        int alu5 = ((Lidx2*15)+Lidx3+(Lidx0*900));
        *(data0_115200+(alu5+225)) = val1;
        *(data0_115200+(alu5+450)) = val2;
        *(data0_115200+(alu5+675)) = val3;
        *(data0_115200+alu5) = val0;
      }
    }
  }
}
