
void E_64_128_7_2_7_2_2(float* restrict data0_3211264, float* restrict data1_802816, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 7; Lidx1_1++) {
        int alu0 = ((data2_*3136)+(Lidx0_0_0*49)+Lidx1_1+(Lidx1_0_0*6272));
        _Bool alu1 = (0<Lidx1_1);
        float val0 = (alu1?*(data1_802816+(alu0+-1)):0.0f);
        float val1 = (alu1?*(data1_802816+(alu0+6)):0.0f);
        float val2 = (*(data1_802816+(alu0+7)));
        float val3 = (alu1?*(data1_802816+(alu0+13)):0.0f);
        float val4 = (*(data1_802816+(alu0+14)));
        float val5 = (alu1?*(data1_802816+(alu0+20)):0.0f);
        float val6 = (*(data1_802816+(alu0+21)));
        float val7 = (alu1?*(data1_802816+(alu0+27)):0.0f);
        float val8 = (*(data1_802816+(alu0+28)));
        float val9 = (alu1?*(data1_802816+(alu0+34)):0.0f);
        float val10 = (*(data1_802816+(alu0+35)));
        float val11 = (alu1?*(data1_802816+(alu0+41)):0.0f);
        float val12 = (*(data1_802816+(alu0+42)));
        float val13 = (*(data1_802816+alu0));
        int alu2 = ((data2_*1605632)+(Lidx0_0_0*25088)+(Lidx1_0_0*49)+Lidx1_1);
        *(data0_3211264+(alu2+7)) = val1;
        *(data0_3211264+(alu2+14)) = val3;
        *(data0_3211264+(alu2+21)) = val5;
        *(data0_3211264+(alu2+28)) = val7;
        *(data0_3211264+(alu2+35)) = val9;
        *(data0_3211264+(alu2+42)) = val11;
        *(data0_3211264+(alu2+6272)) = val13;
        *(data0_3211264+(alu2+6279)) = val2;
        *(data0_3211264+(alu2+6286)) = val4;
        *(data0_3211264+(alu2+6293)) = val6;
        *(data0_3211264+(alu2+6300)) = val8;
        *(data0_3211264+(alu2+6307)) = val10;
        *(data0_3211264+(alu2+6314)) = val12;
        *(data0_3211264+(alu2+12544)) = val1;
        *(data0_3211264+(alu2+12551)) = val3;
        *(data0_3211264+(alu2+12558)) = val5;
        *(data0_3211264+(alu2+12565)) = val7;
        *(data0_3211264+(alu2+12572)) = val9;
        *(data0_3211264+(alu2+12579)) = val11;
        *(data0_3211264+(alu2+12586)) = 0.0f;
        *(data0_3211264+(alu2+18816)) = val2;
        *(data0_3211264+(alu2+18823)) = val4;
        *(data0_3211264+(alu2+18830)) = val6;
        *(data0_3211264+(alu2+18837)) = val8;
        *(data0_3211264+(alu2+18844)) = val10;
        *(data0_3211264+(alu2+18851)) = val12;
        *(data0_3211264+(alu2+18858)) = 0.0f;
        *(data0_3211264+alu2) = val0;
      }
    }
  }
}
