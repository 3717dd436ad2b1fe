typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_4800_2_4_3_64_4(float* restrict data0_115200, float* restrict data1_7372800, float* restrict data2_1024, const int data3_) {
  float buf0[12];
  for (int Lidx1 = 0; Lidx1 < 4800; Lidx1++) {
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
    for (int Ridx0 = 0; Ridx0 < 64; Ridx0++) {
      int alu12 = (Ridx0<<2);
      int alu13 = ((data3_*3686400)+(Lidx1*768)+alu12);
      float4 val0 = (*((float4*)((data1_7372800+(alu13+256)))));
      float4 val1 = (*((float4*)((data1_7372800+(alu13+512)))));
      float4 val2 = (*((float4*)((data1_7372800+alu13))));
      float4 val3 = (*((float4*)((data2_1024+(alu12+256)))));
      float4 val4 = (*((float4*)((data2_1024+(alu12+512)))));
      float4 val5 = (*((float4*)((data2_1024+(alu12+768)))));
      float4 val6 = (*((float4*)((data2_1024+alu12))));
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
    int alu27 = ((data3_*57600)+(Lidx1*12));
    *((float4*)((data0_115200+(alu27+4)))) = (float4){(*(buf0+4)),(*(buf0+5)),(*(buf0+6)),(*(buf0+7))};
    *((float4*)((data0_115200+(alu27+8)))) = (float4){(*(buf0+8)),(*(buf0+9)),(*(buf0+10)),(*(buf0+11))};
    *((float4*)((data0_115200+alu27))) = (float4){(*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3))};
  }
}
