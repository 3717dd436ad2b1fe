
void E_128_64_2_2_2_2(float* restrict data0_131072, float* restrict data1_131072, float* restrict data2_131072) {
  for (int Lidx0 = 0; Lidx0 < 128; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      for (int Lidx2_0 = 0; Lidx2_0 < 2; Lidx2_0++) {
        for (int Lidx2_1 = 0; Lidx2_1 < 2; Lidx2_1++) {
          for (int Lidx3_0 = 0; Lidx3_0 < 2; Lidx3_0++) {
            for (int Lidx3_1 = 0; Lidx3_1 < 2; Lidx3_1++) {
              float val0 = (*(data0_131072+((Lidx2_0<<3)+(Lidx2_1<<2)+(Lidx3_0<<1)+Lidx3_1+(Lidx1<<4)+(Lidx0<<10))));
              int alu0 = ((Lidx2_1<<10)+(Lidx3_1<<9)+(Lidx1<<11)+(Lidx3_0<<7)+Lidx0+(Lidx2_0<<8));
              float val1 = (*(data1_131072+alu0));
              float val2 = (*(data2_131072+alu0));
              *(data0_131072+((Lidx2_0<<3)+(Lidx2_1<<2)+(Lidx3_0<<1)+Lidx3_1+(Lidx1<<4)+(Lidx0<<10))) = ((0.8999999761581421f*val0)+(0.10000000149011612f*(val1+val2)));
            }
          }
        }
      }
    }
  }
}
