typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_3136_2_4_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_12544, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 3136; Lidx1++) {
      int alu0 = (Lidx1<<2);
      int alu1 = ((data3_*802816)+(Lidx0*50176)+alu0);
      int alu2 = (alu1+12544);
      float4 val0 = (*((float4*)((data1_1605632+alu2))));
      int alu3 = (alu1+25088);
      float4 val1 = (*((float4*)((data1_1605632+alu3))));
      int alu4 = (alu1+37632);
      float4 val2 = (*((float4*)((data1_1605632+alu4))));
      float4 val3 = (*((float4*)((data1_1605632+alu1))));
      float4 val4 = (*((float4*)((data2_12544+alu0))));
      *((float4*)((data0_1605632+alu2))) = (float4){(val0[0]+val4[0]),(val0[1]+val4[1]),(val0[2]+val4[2]),(val0[3]+val4[3])};
      *((float4*)((data0_1605632+alu3))) = (float4){(val1[0]+val4[0]),(val1[1]+val4[1]),(val1[2]+val4[2]),(val1[3]+val4[3])};
      *((float4*)((data0_1605632+alu4))) = (float4){(val2[0]+val4[0]),(val2[1]+val4[1]),(val2[2]+val4[2]),(val2[3]+val4[3])};
      *((float4*)((data0_1605632+alu1))) = (float4){(val3[0]+val4[0]),(val3[1]+val4[1]),(val3[2]+val4[2]),(val3[3]+val4[3])};
    }
  }
}
