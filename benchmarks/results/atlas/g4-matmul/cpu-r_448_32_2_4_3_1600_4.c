typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_448_32_2_4_3_1600_4(float* restrict data0_344064, float* restrict data1_17203200, float* restrict data2_819200, const int data3_) {
  float buf0[12];
  for (int Lidx1 = 0; Lidx1 < 448; Lidx1++) {
    for (int Lidx2 = 0; Lidx2 < 32; Lidx2++) {
      *(buf0+0) = 0.0f;
      *(buf0+1) = 0.0f;
      *(buf0+2) = 0.0f;
      *(buf0+3) = 0.0f;
      *(buf0+4) = 0.0f;
      *(buf0+5) = 0.0f;
      *(buf0+6) = 0.0f;
      *(buf0+7) = 0.0f;
      *(buf0+8) = 0.0f;
      *(buf0+9) = 0.0f;
      *(buf0+10) = 0.0f;
      *(buf0+11) = 0.0f;
      for (int Ridx0 = 0; Ridx0 < 1600; Ridx0++) {
        int alu12 = (Ridx0<<2);
        int alu13 = ((data3_*8601600)+(Lidx1*19200)+alu12);
        float4 val0 = (*((float4*)((data1_17203200+(alu13+6400)))));
        float4 val1 = (*((float4*)((data1_17203200+(alu13+12800)))));
        float4 val2 = (*((float4*)((data1_17203200+alu13))));
        int alu14 = (alu12+(Lidx2*25600));
        float4 val3 = (*((float4*)((data2_819200+(alu14+6400)))));
        float4 val4 = (*((float4*)((data2_819200+(alu14+12800)))));
        float4 val5 = (*((float4*)((data2_819200+(alu14+19200)))));
        float4 val6 = (*((float4*)((data2_819200+alu14))));
        *(buf0+0) = ((*(buf0+0))+(val2[0]*val6[0])+(val2[1]*val6[1])+(val2[2]*val6[2])+(val2[3]*val6[3]));
        *(buf0+1) = ((*(buf0+1))+(val2[0]*val3[0])+(val2[1]*val3[1])+(val2[2]*val3[2])+(val2[3]*val3[3]));
        *(buf0+2) = ((*(buf0+2))+(val2[0]*val4[0])+(val2[1]*val4[1])+(val2[2]*val4[2])+(val2[3]*val4[3]));
        *(buf0+3) = ((*(buf0+3))+(val2[0]*val5[0])+(val2[1]*val5[1])+(val2[2]*val5[2])+(val2[3]*val5[3]));
        *(buf0+4) = ((*(buf0+4))+(val0[0]*val6[0])+(val0[1]*val6[1])+(val0[2]*val6[2])+(val0[3]*val6[3]));
        *(buf0+5) = ((*(buf0+5))+(val0[0]*val3[0])+(val0[1]*val3[1])+(val0[2]*val3[2])+(val0[3]*val3[3]));
        *(buf0+6) = ((*(buf0+6))+(val0[0]*val4[0])+(val0[1]*val4[1])+(val0[2]*val4[2])+(val0[3]*val4[3]));
        *(buf0+7) = ((*(buf0+7))+(val0[0]*val5[0])+(val0[1]*val5[1])+(val0[2]*val5[2])+(val0[3]*val5[3]));
        *(buf0+8) = ((*(buf0+8))+(val1[0]*val6[0])+(val1[1]*val6[1])+(val1[2]*val6[2])+(val1[3]*val6[3]));
        *(buf0+9) = ((*(buf0+9))+(val1[0]*val3[0])+(val1[1]*val3[1])+(val1[2]*val3[2])+(val1[3]*val3[3]));
        *(buf0+10) = ((*(buf0+10))+(val1[0]*val4[0])+(val1[1]*val4[1])+(val1[2]*val4[2])+(val1[3]*val4[3]));
        *(buf0+11) = ((*(buf0+11))+(val1[0]*val5[0])+(val1[1]*val5[1])+(val1[2]*val5[2])+(val1[3]*val5[3]));
      }
      int alu28 = ((data3_*172032)+(Lidx1*384)+(Lidx2<<2));
      *((float4*)((data0_344064+(alu28+128)))) = (float4){(*(buf0+4)),(*(buf0+5)),(*(buf0+6)),(*(buf0+7))};
      *((float4*)((data0_344064+(alu28+256)))) = (float4){(*(buf0+8)),(*(buf0+9)),(*(buf0+10)),(*(buf0+11))};
      *((float4*)((data0_344064+alu28))) = (float4){(*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3))};
    }
  }
}
