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
      float alu5 = __builtin_sqrtf((val6[0]+9.999999747378752e-06f));
      float alu6 = __builtin_sqrtf((val6[1]+9.999999747378752e-06f));
      float alu7 = __builtin_sqrtf((val6[2]+9.999999747378752e-06f));
      float alu8 = __builtin_sqrtf((val6[3]+9.999999747378752e-06f));
      float alu9 = ((0.0f<((((val0[0]-val4[0])*val5[0])/alu5)+val7[0]))?val8[0]:0.0f);
      float alu10 = ((0.0f<((((val0[1]-val4[1])*val5[1])/alu6)+val7[1]))?val8[1]:0.0f);
      float alu11 = ((0.0f<((((val0[2]-val4[2])*val5[2])/alu7)+val7[2]))?val8[2]:0.0f);
      float alu12 = ((0.0f<((((val0[3]-val4[3])*val5[3])/alu8)+val7[3]))?val8[3]:0.0f);
      float alu13 = ((0.0f<((((val1[0]-val4[0])*val5[0])/alu5)+val7[0]))?val9[0]:0.0f);
      float alu14 = ((0.0f<((((val1[1]-val4[1])*val5[1])/alu6)+val7[1]))?val9[1]:0.0f);
      float alu15 = ((0.0f<((((val1[2]-val4[2])*val5[2])/alu7)+val7[2]))?val9[2]:0.0f);
      float alu16 = ((0.0f<((((val1[3]-val4[3])*val5[3])/alu8)+val7[3]))?val9[3]:0.0f);
      float alu17 = ((0.0f<((((val2[0]-val4[0])*val5[0])/alu5)+val7[0]))?val10[0]:0.0f);
      float alu18 = ((0.0f<((((val2[1]-val4[1])*val5[1])/alu6)+val7[1]))?val10[1]:0.0f);
      float alu19 = ((0.0f<((((val2[2]-val4[2])*val5[2])/alu7)+val7[2]))?val10[2]:0.0f);
      float alu20 = ((0.0f<((((val2[3]-val4[3])*val5[3])/alu8)+val7[3]))?val10[3]:0.0f);
      float alu21 = ((0.0f<((((val3[0]-val4[0])*val5[0])/alu5)+val7[0]))?val11[0]:0.0f);
      float alu22 = ((0.0f<((((val3[1]-val4[1])*val5[1])/alu6)+val7[1]))?val11[1]:0.0f);
      float alu23 = ((0.0f<((((val3[2]-val4[2])*val5[2])/alu7)+val7[2]))?val11[2]:0.0f);
      float alu24 = ((0.0f<((((val3[3]-val4[3])*val5[3])/alu8)+val7[3]))?val11[3]:0.0f);
      *((float4*)((data0_1605632+alu2))) = (float4){alu9,alu10,alu11,alu12};
      *((float4*)((data0_1605632+alu3))) = (float4){alu13,alu14,alu15,alu16};
      *((float4*)((data0_1605632+alu4))) = (float4){alu17,alu18,alu19,alu20};
      *((float4*)((data0_1605632+alu1))) = (float4){alu21,alu22,alu23,alu24};
    }
  }
}
