
void E_16_256_49_2_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_12544, float* restrict data3_12544, float* restrict data4_12544, float* restrict data5_12544, float* restrict data6_1605632, float* restrict data7_1605632, const int data8_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    int alu0 = ((data8_*802816)+(Lidx0*50176));
    for (int Lidx1_0 = 0; Lidx1_0 < 256; Lidx1_0++) {
      for (int Lidx1_1 = 0; Lidx1_1 < 49; Lidx1_1++) {
        int alu1 = ((Lidx1_0*49)+Lidx1_1);
        int alu2 = (alu0+alu1);
        int alu3 = (alu2+12544);
        float val0 = (*(data1_1605632+alu3));
        int alu4 = (alu2+25088);
        float val1 = (*(data1_1605632+alu4));
        int alu5 = (alu2+37632);
        float val2 = (*(data1_1605632+alu5));
        float val3 = (*(data1_1605632+alu2));
        float val4 = (*(data2_12544+alu1));
        float val5 = (*(data3_12544+alu1));
        float val6 = (*(data4_12544+alu1));
        float val7 = (*(data5_12544+alu1));
        float val8 = (*(data6_1605632+alu3));
        float val9 = (*(data6_1605632+alu4));
        float val10 = (*(data6_1605632+alu5));
        float val11 = (*(data6_1605632+alu2));
        int alu6 = (alu0+(Lidx1_1<<8)+Lidx1_0);
        float val12 = (*(data7_1605632+(alu6+12544)));
        float val13 = (*(data7_1605632+(alu6+25088)));
        float val14 = (*(data7_1605632+(alu6+37632)));
        float val15 = (*(data7_1605632+alu6));
        float alu7 = __builtin_sqrtf((val7+9.999999747378752e-06f));
        float alu8 = ((0.0f<val8)?val12:0.0f);
        float alu9 = ((0.0f<val9)?val13:0.0f);
        float alu10 = ((0.0f<val10)?val14:0.0f);
        float alu11 = ((0.0f<val11)?val15:0.0f);
        *(data0_1605632+alu3) = (((val0-val4)*val5*2.0f)+(val6*(alu8/alu7)));
        *(data0_1605632+alu4) = (((val1-val4)*val5*2.0f)+(val6*(alu9/alu7)));
        *(data0_1605632+alu5) = (((val2-val4)*val5*2.0f)+(val6*(alu10/alu7)));
        *(data0_1605632+alu2) = (((val3-val4)*val5*2.0f)+(val6*(alu11/alu7)));
      }
    }
  }
}
