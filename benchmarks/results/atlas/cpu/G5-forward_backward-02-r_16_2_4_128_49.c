typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_16_2_4_128_49(float* restrict data0_128, float* restrict data1_802816, float* restrict data2_128, const int data3_) {
  float buf0[4];
  for (int Lidx3 = 0; Lidx3 < 16; Lidx3++) {
    int alu0 = ((data3_<<6)+(Lidx3<<2));
    float4 val0 = (*((float4*)((data2_128+alu0))));
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        int alu5 = ((data3_*3136)+(Lidx3*196)+Ridx1+(Ridx0*6272));
        float val1 = (*(data1_802816+(alu5+49)));
        float val2 = (*(data1_802816+(alu5+98)));
        float val3 = (*(data1_802816+(alu5+147)));
        float val4 = (*(data1_802816+alu5));
        float alu6 = (val4-val0[0]);
        float alu7 = (val1-val0[1]);
        float alu8 = (val2-val0[2]);
        float alu9 = (val3-val0[3]);
        *(buf0+0) = ((*(buf0+0))+(alu6*alu6));
        *(buf0+1) = ((*(buf0+1))+(alu7*alu7));
        *(buf0+2) = ((*(buf0+2))+(alu8*alu8));
        *(buf0+3) = ((*(buf0+3))+(alu9*alu9));
      }
    }
    *((float4*)((data0_128+alu0))) = (float4){((*(buf0+0))*0.0001594387722434476f),((*(buf0+1))*0.0001594387722434476f),((*(buf0+2))*0.0001594387722434476f),((*(buf0+3))*0.0001594387722434476f)};
  }
}
