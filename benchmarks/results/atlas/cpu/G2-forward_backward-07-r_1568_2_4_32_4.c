typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_1568_2_4_32_4(float* restrict data0_12544, float* restrict data1_1605632, float* restrict data2_12544, float* restrict data3_12544, float* restrict data4_1605632, const int data5_) {
  float buf0[4];
  for (int Lidx1 = 0; Lidx1 < 1568; Lidx1++) {
    int alu0 = ((data5_*6272)+(Lidx1<<2));
    float4 val0 = (*((float4*)((data2_12544+alu0))));
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
      int alu5 = (alu0+(Ridx0*50176));
      int alu6 = (alu5+12544);
      float4 val1 = (*((float4*)((data1_1605632+alu6))));
      int alu7 = (alu5+25088);
      float4 val2 = (*((float4*)((data1_1605632+alu7))));
      int alu8 = (alu5+37632);
      float4 val3 = (*((float4*)((data1_1605632+alu8))));
      float4 val4 = (*((float4*)((data1_1605632+alu5))));
      float4 val5 = (*((float4*)((data4_1605632+alu6))));
      float4 val6 = (*((float4*)((data4_1605632+alu7))));
      float4 val7 = (*((float4*)((data4_1605632+alu8))));
      float4 val8 = (*((float4*)((data4_1605632+alu5))));
      *(buf0+0) = ((*(buf0+0))+((val4[0]-val0[0])*val8[0])+((val1[0]-val0[0])*val5[0])+((val2[0]-val0[0])*val6[0])+((val3[0]-val0[0])*val7[0]));
      *(buf0+1) = ((*(buf0+1))+((val4[1]-val0[1])*val8[1])+((val1[1]-val0[1])*val5[1])+((val2[1]-val0[1])*val6[1])+((val3[1]-val0[1])*val7[1]));
      *(buf0+2) = ((*(buf0+2))+((val4[2]-val0[2])*val8[2])+((val1[2]-val0[2])*val5[2])+((val2[2]-val0[2])*val6[2])+((val3[2]-val0[2])*val7[2]));
      *(buf0+3) = ((*(buf0+3))+((val4[3]-val0[3])*val8[3])+((val1[3]-val0[3])*val5[3])+((val2[3]-val0[3])*val6[3])+((val3[3]-val0[3])*val7[3]));
    }
    float4 val9 = (*((float4*)((data3_12544+alu0))));
    *((float4*)((data0_12544+alu0))) = (float4){((*(buf0+0))/__builtin_sqrtf((val9[0]+9.999999747378752e-06f))),((*(buf0+1))/__builtin_sqrtf((val9[1]+9.999999747378752e-06f))),((*(buf0+2))/__builtin_sqrtf((val9[2]+9.999999747378752e-06f))),((*(buf0+3))/__builtin_sqrtf((val9[3]+9.999999747378752e-06f)))};
  }
}
