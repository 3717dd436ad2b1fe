
void r_128_49_2_32_4(float* restrict data0_12544, float* restrict data1_1605632, float* restrict data2_1605632, const int data3_) {
  float buf0[1];
  for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
    for (int Lidx1_1 = 0; Lidx1_1 < 49; Lidx1_1++) {
      int alu0 = ((data3_*6272)+(Lidx1_0*49)+Lidx1_1);
      *(buf0+0) = 0.0f;
      for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
        int alu2 = (Ridx0*50176);
        int alu3 = (alu0+alu2);
        float val0 = (*(data1_1605632+(alu3+12544)));
        float val1 = (*(data1_1605632+(alu3+25088)));
        float val2 = (*(data1_1605632+(alu3+37632)));
        float val3 = (*(data1_1605632+alu3));
        int alu4 = ((data3_<<7)+Lidx1_0+(Lidx1_1<<8)+alu2);
        float val4 = (*(data2_1605632+(alu4+12544)));
        float val5 = (*(data2_1605632+(alu4+25088)));
        float val6 = (*(data2_1605632+(alu4+37632)));
        float val7 = (*(data2_1605632+alu4));
        float alu5 = ((0.0f<val0)?val4:0.0f);
        float alu6 = ((0.0f<val3)?val7:0.0f);
        float alu7 = ((0.0f<val1)?val5:0.0f);
        float alu8 = ((0.0f<val2)?val6:0.0f);
        *(buf0+0) = ((*(buf0+0))+alu6+alu5+alu7+alu8);
      }
      *(data0_12544+alu0) = (*(buf0+0));
    }
  }
}
