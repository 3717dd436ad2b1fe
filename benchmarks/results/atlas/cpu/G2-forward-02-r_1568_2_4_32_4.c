typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_1568_2_4_32_4(float* restrict data0_12544, float* restrict data1_1605632, float* restrict data2_12544, const int data3_) {
  float buf0[4];
  for (int Lidx1 = 0; Lidx1 < 1568; Lidx1++) {
    int alu0 = ((data3_*6272)+(Lidx1<<2));
    float4 val0 = (*((float4*)((data2_12544+alu0))));
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
      int alu5 = (alu0+(Ridx0*50176));
      float4 val1 = (*((float4*)((data1_1605632+(alu5+12544)))));
      float4 val2 = (*((float4*)((data1_1605632+(alu5+25088)))));
      float4 val3 = (*((float4*)((data1_1605632+(alu5+37632)))));
      float4 val4 = (*((float4*)((data1_1605632+alu5))));
      float alu6 = (val1[0]-val0[0]);
      float alu7 = (val4[0]-val0[0]);
      float alu8 = (val2[0]-val0[0]);
      float alu9 = (val3[0]-val0[0]);
      float alu10 = (val1[1]-val0[1]);
      float alu11 = (val4[1]-val0[1]);
      float alu12 = (val2[1]-val0[1]);
      float alu13 = (val3[1]-val0[1]);
      float alu14 = (val1[2]-val0[2]);
      float alu15 = (val4[2]-val0[2]);
      float alu16 = (val2[2]-val0[2]);
      float alu17 = (val3[2]-val0[2]);
      float alu18 = (val1[3]-val0[3]);
      float alu19 = (val4[3]-val0[3]);
      float alu20 = (val2[3]-val0[3]);
      float alu21 = (val3[3]-val0[3]);
      *(buf0+0) = ((*(buf0+0))+(alu7*alu7)+(alu6*alu6)+(alu8*alu8)+(alu9*alu9));
      *(buf0+1) = ((*(buf0+1))+(alu11*alu11)+(alu10*alu10)+(alu12*alu12)+(alu13*alu13));
      *(buf0+2) = ((*(buf0+2))+(alu15*alu15)+(alu14*alu14)+(alu16*alu16)+(alu17*alu17));
      *(buf0+3) = ((*(buf0+3))+(alu19*alu19)+(alu18*alu18)+(alu20*alu20)+(alu21*alu21));
    }
    *((float4*)((data0_12544+alu0))) = (float4){((*(buf0+0))*0.0078125f),((*(buf0+1))*0.0078125f),((*(buf0+2))*0.0078125f),((*(buf0+3))*0.0078125f)};
  }
}
