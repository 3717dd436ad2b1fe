
void r_128_49_2_32_4(float* restrict data0_12544, float* restrict data1_1605632, float* restrict data2_12544, float* restrict data3_12544, float* restrict data4_1605632, float* restrict data5_1605632, const int data6_) {
  float buf0[1];
  for (int Lidx1_0 = 0; Lidx1_0 < 128; Lidx1_0++) {
    for (int Lidx1_1 = 0; Lidx1_1 < 49; Lidx1_1++) {
      int alu0 = ((data6_*6272)+(Lidx1_0*49)+Lidx1_1);
      float val0 = (*(data2_12544+alu0));
      *(buf0+0) = 0.0f;
      for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
        int alu2 = (Ridx0*50176);
        int alu3 = (alu0+alu2);
        int alu4 = (alu3+12544);
        float val1 = (*(data1_1605632+alu4));
        int alu5 = (alu3+25088);
        float val2 = (*(data1_1605632+alu5));
        int alu6 = (alu3+37632);
        float val3 = (*(data1_1605632+alu6));
        float val4 = (*(data1_1605632+alu3));
        float val5 = (*(data4_1605632+alu4));
        float val6 = (*(data4_1605632+alu5));
        float val7 = (*(data4_1605632+alu6));
        float val8 = (*(data4_1605632+alu3));
        int alu7 = ((data6_<<7)+Lidx1_0+(Lidx1_1<<8)+alu2);
        float val9 = (*(data5_1605632+(alu7+12544)));
        float val10 = (*(data5_1605632+(alu7+25088)));
        float val11 = (*(data5_1605632+(alu7+37632)));
        float val12 = (*(data5_1605632+alu7));
        float alu8 = ((0.0f<val5)?val9:0.0f);
        float alu9 = ((0.0f<val8)?val12:0.0f);
        float alu10 = ((0.0f<val6)?val10:0.0f);
        float alu11 = ((0.0f<val7)?val11:0.0f);
        *(buf0+0) = ((*(buf0+0))+((val4-val0)*alu9)+((val1-val0)*alu8)+((val2-val0)*alu10)+((val3-val0)*alu11));
      }
      float val13 = (*(data3_12544+alu0));
      *(data0_12544+alu0) = ((*(buf0+0))/__builtin_sqrtf((val13+9.999999747378752e-06f)));
    }
  }
}
