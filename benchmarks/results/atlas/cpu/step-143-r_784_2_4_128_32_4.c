typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_784_2_4_128_32_4(float* restrict data0_6272, float* restrict data1_128, float* restrict data2_802816, float* restrict data3_128, float* restrict data4_802816, const int data5_) {
  float buf0[4];
  float buf1[4];
  for (int Lidx2 = 0; Lidx2 < 784; Lidx2++) {
    int alu0 = ((data5_*3136)+(Lidx2<<2));
    *(buf1+0) = 0.0f;
    *(buf1+1) = 0.0f;
    *(buf1+2) = 0.0f;
    *(buf1+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      float val0 = (*(data1_128+Ridx0));
      float4 val1 = (*((float4*)((data2_802816+(alu0+(Ridx0*6272))))));
      *(buf1+0) = ((*(buf1+0))+(val0*val1[0]));
      *(buf1+1) = ((*(buf1+1))+(val0*val1[1]));
      *(buf1+2) = ((*(buf1+2))+(val0*val1[2]));
      *(buf1+3) = ((*(buf1+3))+(val0*val1[3]));
    }
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx1 = 0; Ridx1 < 32; Ridx1++) {
      float4 val2 = (*((float4*)((data3_128+(Ridx1<<2)))));
      int alu14 = (alu0+(Ridx1*25088));
      float4 val3 = (*((float4*)((data4_802816+(alu14+6272)))));
      float4 val4 = (*((float4*)((data4_802816+(alu14+12544)))));
      float4 val5 = (*((float4*)((data4_802816+(alu14+18816)))));
      float4 val6 = (*((float4*)((data4_802816+alu14))));
      *(buf0+0) = ((*(buf0+0))+(val2[0]*val6[0])+(val2[1]*val3[0])+(val2[2]*val4[0])+(val2[3]*val5[0]));
      *(buf0+1) = ((*(buf0+1))+(val2[0]*val6[1])+(val2[1]*val3[1])+(val2[2]*val4[1])+(val2[3]*val5[1]));
      *(buf0+2) = ((*(buf0+2))+(val2[0]*val6[2])+(val2[1]*val3[2])+(val2[2]*val4[2])+(val2[3]*val5[2]));
      *(buf0+3) = ((*(buf0+3))+(val2[0]*val6[3])+(val2[1]*val3[3])+(val2[2]*val4[3])+(val2[3]*val5[3]));
    }
    *((float4*)((data0_6272+alu0))) = (float4){((*(buf1+0))+(*(buf0+0))),((*(buf1+1))+(*(buf0+1))),((*(buf1+2))+(*(buf0+2))),((*(buf1+3))+(*(buf0+3)))};
  }
}
