typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_16_2_4_128_49_128_49(float* restrict data0_128, float* restrict data1_802816, float* restrict data2_802816, const int data3_) {
  float buf0[4];
  float buf1[4];
  for (int Lidx6 = 0; Lidx6 < 16; Lidx6++) {
    int alu0 = ((data3_*3136)+(Lidx6*196));
    *(buf1+0) = 0.0f;
    *(buf1+1) = 0.0f;
    *(buf1+2) = 0.0f;
    *(buf1+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        int alu5 = (alu0+Ridx1+(Ridx0*6272));
        float val0 = (*(data1_802816+(alu5+49)));
        float val1 = (*(data1_802816+(alu5+98)));
        float val2 = (*(data1_802816+(alu5+147)));
        float val3 = (*(data1_802816+alu5));
        *(buf1+0) = ((*(buf1+0))+val3);
        *(buf1+1) = ((*(buf1+1))+val0);
        *(buf1+2) = ((*(buf1+2))+val1);
        *(buf1+3) = ((*(buf1+3))+val2);
      }
    }
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx3 = 0; Ridx3 < 128; Ridx3++) {
      for (int Ridx4 = 0; Ridx4 < 49; Ridx4++) {
        int alu16 = (alu0+Ridx4+(Ridx3*6272));
        float val4 = (*(data2_802816+(alu16+49)));
        float val5 = (*(data2_802816+(alu16+98)));
        float val6 = (*(data2_802816+(alu16+147)));
        float val7 = (*(data2_802816+alu16));
        *(buf0+0) = ((*(buf0+0))+val7);
        *(buf0+1) = ((*(buf0+1))+val4);
        *(buf0+2) = ((*(buf0+2))+val5);
        *(buf0+3) = ((*(buf0+3))+val6);
      }
    }
    *((float4*)((data0_128+((data3_<<6)+(Lidx6<<2))))) = (float4){((*(buf1+0))+(*(buf0+0))),((*(buf1+1))+(*(buf0+1))),((*(buf1+2))+(*(buf0+2))),((*(buf1+3))+(*(buf0+3)))};
  }
}
