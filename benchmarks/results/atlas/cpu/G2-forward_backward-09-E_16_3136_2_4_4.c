typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_3136_2_4_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_12544, float* restrict data3_12544, float* restrict data4_12544, float* restrict data5_12544, float* restrict data6_1605632, const int data7_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 3136; Lidx1++) {
      int alu0 = (Lidx1<<2);
      int alu1 = ((data7_*802816)+(Lidx0*50176)+alu0);
      int alu2 = (alu1+12544);
      float4 val0 = (*((float4*)((data1_1605632+alu2))));
      int alu3 = (alu1+25088);
      float4 val1 = (*((float4*)((data1_1605632+alu3))));
      int alu4 = (alu1+37632);
      float4 val2 = (*((float4*)((data1_1605632+alu4))));
      float4 val3 = (*((float4*)((data1_1605632+alu1))));
      float4 val4 = (*((float4*)((data2_12544+alu0))));
      float4 val5 = (*((float4*)((data3_12544+alu0))));
      float4 val6 = (*((float4*)((data4_12544+alu0))));
      float4 val7 = (*((float4*)((data5_12544+alu0))));
      float4 val8 = (*((float4*)((data6_1605632+alu2))));
      float4 val9 = (*((float4*)((data6_1605632+alu3))));
      float4 val10 = (*((float4*)((data6_1605632+alu4))));
      float4 val11 = (*((float4*)((data6_1605632+alu1))));
      float alu5 = __builtin_sqrtf((val7[0]+9.999999747378752e-06f));
      float alu6 = __builtin_sqrtf((val7[1]+9.999999747378752e-06f));
      float alu7 = __builtin_sqrtf((val7[2]+9.999999747378752e-06f));
      float alu8 = __builtin_sqrtf((val7[3]+9.999999747378752e-06f));
      *((float4*)((data0_1605632+alu2))) = (float4){(((val0[0]-val4[0])*val5[0]*2.0f)+(val6[0]*(val8[0]/alu5))),(((val0[1]-val4[1])*val5[1]*2.0f)+(val6[1]*(val8[1]/alu6))),(((val0[2]-val4[2])*val5[2]*2.0f)+(val6[2]*(val8[2]/alu7))),(((val0[3]-val4[3])*val5[3]*2.0f)+(val6[3]*(val8[3]/alu8)))};
      *((float4*)((data0_1605632+alu3))) = (float4){(((val1[0]-val4[0])*val5[0]*2.0f)+(val6[0]*(val9[0]/alu5))),(((val1[1]-val4[1])*val5[1]*2.0f)+(val6[1]*(val9[1]/alu6))),(((val1[2]-val4[2])*val5[2]*2.0f)+(val6[2]*(val9[2]/alu7))),(((val1[3]-val4[3])*val5[3]*2.0f)+(val6[3]*(val9[3]/alu8)))};
      *((float4*)((data0_1605632+alu4))) = (float4){(((val2[0]-val4[0])*val5[0]*2.0f)+(val6[0]*(val10[0]/alu5))),(((val2[1]-val4[1])*val5[1]*2.0f)+(val6[1]*(val10[1]/alu6))),(((val2[2]-val4[2])*val5[2]*2.0f)+(val6[2]*(val10[2]/alu7))),(((val2[3]-val4[3])*val5[3]*2.0f)+(val6[3]*(val10[3]/alu8)))};
      *((float4*)((data0_1605632+alu1))) = (float4){(((val3[0]-val4[0])*val5[0]*2.0f)+(val6[0]*(val11[0]/alu5))),(((val3[1]-val4[1])*val5[1]*2.0f)+(val6[1]*(val11[1]/alu6))),(((val3[2]-val4[2])*val5[2]*2.0f)+(val6[2]*(val11[2]/alu7))),(((val3[3]-val4[3])*val5[3]*2.0f)+(val6[3]*(val11[3]/alu8)))};
    }
  }
}
