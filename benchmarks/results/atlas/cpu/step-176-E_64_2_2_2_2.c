
void E_64_2_2_2_2(float* restrict data0_1024, float* restrict data1_1024, float* restrict data2_1024) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1_0 = 0; Lidx1_0 < 2; Lidx1_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 2; Lidx1_1++) {
        for (int Lidx2_0 = 0; Lidx2_0 < 2; Lidx2_0++) {
          for (int Lidx2_1 = 0; Lidx2_1 < 2; Lidx2_1++) {
            float val0 = (*(data0_1024+((Lidx1_0<<3)+(Lidx1_1<<2)+(Lidx2_0<<1)+Lidx2_1+(Lidx0<<4))));
            int alu0 = ((Lidx2_0<<6)+Lidx0+(Lidx1_0<<7)+(Lidx1_1<<9)+(Lidx2_1<<8));
            float val1 = (*(data1_1024+alu0));
            float val2 = (*(data2_1024+alu0));
            *(data0_1024+((Lidx1_0<<3)+(Lidx1_1<<2)+(Lidx2_0<<1)+Lidx2_1+(Lidx0<<4))) = ((0.8999999761581421f*val0)+(0.10000000149011612f*(val1+val2)));
          }
        }
      }
    }
  }
}
