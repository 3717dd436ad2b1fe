
void E_64_64_8_8_2_2_2(float* restrict data0_2097152, _Bool* restrict data1_1605632, float* restrict data2_1605632, float* restrict data3_64, const int data4_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = ((data4_*802816)+(Lidx0*12544));
    for (int Lidx1_0_0 = 0; Lidx1_0_0 < 64; Lidx1_0_0++) {
      float val0 = (*(data3_64+Lidx1_0_0));
      for (int Lidx2 = 0; Lidx2 < 8; Lidx2++) {
        _Bool alu1 = (0<Lidx2);
        _Bool alu2 = (Lidx2<7);
        for (int Lidx3 = 0; Lidx3 < 8; Lidx3++) {
          int alu3 = ((Lidx2*28)+(Lidx3<<1)+(Lidx1_0_0*196)+alu0);
          _Bool alu4 = (0<Lidx3);
          _Bool alu5 = (alu1&alu4);
          _Bool val1 = (alu5?*(data1_1605632+(alu3+-15)):0);
          _Bool alu6 = (Lidx3<7);
          _Bool alu7 = (alu1&alu6);
          _Bool val2 = (alu7?*(data1_1605632+(alu3+-14)):0);
          _Bool alu8 = (alu2&alu4);
          _Bool val3 = (alu8?*(data1_1605632+(alu3+-1)):0);
          _Bool alu9 = (alu2&alu6);
          _Bool val4 = (alu9?*(data1_1605632+alu3):0);
          int alu10 = (alu0+(Lidx2*1792)+(Lidx3<<7)+Lidx1_0_0);
          float val5 = (alu5?*(data2_1605632+(alu10+-960)):0.0f);
          float val6 = (alu7?*(data2_1605632+(alu10+-896)):0.0f);
          float val7 = (alu8?*(data2_1605632+(alu10+-64)):0.0f);
          float val8 = (alu9?*(data2_1605632+alu10):0.0f);
          int alu11 = ((Lidx2<<3)+Lidx3+(Lidx1_0_0<<8)+(data4_<<20)+(Lidx0<<14));
          float alu12 = (val5+val0);
          float alu13 = (val6+val0);
          float alu14 = (val7+val0);
          float alu15 = (val8+val0);
          float alu16 = ((alu12<0.0f)?(0.20000000298023224f*alu12):alu12);
          float alu17 = (val1?alu16:0.0f);
          float alu18 = ((alu13<0.0f)?(0.20000000298023224f*alu13):alu13);
          float alu19 = (val2?alu18:0.0f);
          float alu20 = ((alu14<0.0f)?(0.20000000298023224f*alu14):alu14);
          float alu21 = (val3?alu20:0.0f);
          float alu22 = ((alu15<0.0f)?(0.20000000298023224f*alu15):alu15);
          float alu23 = (val4?alu22:0.0f);
          float alu24 = (alu5?(alu17*1.4285714626312256f):0.0f);
          float alu25 = (alu7?(alu19*1.4285714626312256f):0.0f);
          float alu26 = (alu8?(alu21*1.4285714626312256f):0.0f);
          float alu27 = (alu9?(alu23*1.4285714626312256f):0.0f);
          *(data0_2097152+(alu11+64)) = alu25;
          *(data0_2097152+(alu11+128)) = alu26;
          *(data0_2097152+(alu11+192)) = alu27;
          *(data0_2097152+alu11) = alu24;
        }
      }
    }
  }
}
