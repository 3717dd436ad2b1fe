typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_16_2_4_128_49(float* restrict data0_128, float* restrict data1_802816, float* restrict data2_128, float* restrict data3_128, float* restrict data4_802816, float* restrict data5_128, const int data6_) {
  float buf0[4];
  for (int Lidx3 = 0; Lidx3 < 16; Lidx3++) {
    int alu0 = ((data6_<<6)+(Lidx3<<2));
    float4 val0 = (*((float4*)((data2_128+alu0))));
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      int alu5 = (Ridx0*6272);
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        int alu6 = ((data6_*3136)+(Lidx3*196)+Ridx1+alu5);
        float val1 = (*(data4_802816+(alu6+49)));
        float val2 = (*(data4_802816+(alu6+98)));
        float val3 = (*(data4_802816+(alu6+147)));
        float val4 = (*(data4_802816+alu6));
        float4 val5 = (*((float4*)((data1_802816+(alu0+alu5+(Ridx1<<7))))));
        *(buf0+0) = ((*(buf0+0))+((val5[0]-val0[0])*val4));
        *(buf0+1) = ((*(buf0+1))+((val5[1]-val0[1])*val1));
        *(buf0+2) = ((*(buf0+2))+((val5[2]-val0[2])*val2));
        *(buf0+3) = ((*(buf0+3))+((val5[3]-val0[3])*val3));
      }
    }
    float4 val6 = (*((float4*)((data3_128+alu0))));
    float4 val7 = (*((float4*)((data5_128+alu0))));
    float alu13 = __builtin_sqrtf((val7[0]+9.999999747378752e-06f));
    float alu14 = __builtin_sqrtf((val7[1]+9.999999747378752e-06f));
    float alu15 = __builtin_sqrtf((val7[2]+9.999999747378752e-06f));
    float alu16 = __builtin_sqrtf((val7[3]+9.999999747378752e-06f));
    *((float4*)((data0_128+alu0))) = (float4){((((1.0f/alu13)/alu13)/alu13)*(*(buf0+0))*val6[0]*-7.97193861217238e-05f),((((1.0f/alu14)/alu14)/alu14)*(*(buf0+1))*val6[1]*-7.97193861217238e-05f),((((1.0f/alu15)/alu15)/alu15)*(*(buf0+2))*val6[2]*-7.97193861217238e-05f),((((1.0f/alu16)/alu16)/alu16)*(*(buf0+3))*val6[3]*-7.97193861217238e-05f)};
  }
}
