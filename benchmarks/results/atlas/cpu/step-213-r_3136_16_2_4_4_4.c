typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_3136_16_2_4_4_4(float* restrict data0_1605632, float* restrict data1_100352, float* restrict data2_256, const int data3_) {
  for (int Lidx1 = 0; Lidx1 < 3136; Lidx1++) {
    int alu0 = ((data3_*50176)+(Lidx1<<4));
    float4 val0 = (*((float4*)((data1_100352+(alu0+4)))));
    float4 val1 = (*((float4*)((data1_100352+(alu0+8)))));
    float4 val2 = (*((float4*)((data1_100352+(alu0+12)))));
    float4 val3 = (*((float4*)((data1_100352+alu0))));
    for (int Lidx2 = 0; Lidx2 < 16; Lidx2++) {
      int alu1 = (Lidx2<<4);
      float4 val4 = (*((float4*)((data2_256+(alu1+4)))));
      float4 val5 = (*((float4*)((data2_256+(alu1+8)))));
      float4 val6 = (*((float4*)((data2_256+(alu1+12)))));
      float4 val7 = (*((float4*)((data2_256+alu1))));
      int alu2 = ((data3_*802816)+(Lidx1<<8)+(Lidx2<<2));
      *((float4*)((data0_1605632+(alu2+64)))) = (float4){((val0[0]*val7[0])+(val0[1]*val7[1])+(val0[2]*val7[2])+(val0[3]*val7[3])),((val0[0]*val4[0])+(val0[1]*val4[1])+(val0[2]*val4[2])+(val0[3]*val4[3])),((val0[0]*val5[0])+(val0[1]*val5[1])+(val0[2]*val5[2])+(val0[3]*val5[3])),((val0[0]*val6[0])+(val0[1]*val6[1])+(val0[2]*val6[2])+(val0[3]*val6[3]))};
      *((float4*)((data0_1605632+(alu2+128)))) = (float4){((val1[0]*val7[0])+(val1[1]*val7[1])+(val1[2]*val7[2])+(val1[3]*val7[3])),((val1[0]*val4[0])+(val1[1]*val4[1])+(val1[2]*val4[2])+(val1[3]*val4[3])),((val1[0]*val5[0])+(val1[1]*val5[1])+(val1[2]*val5[2])+(val1[3]*val5[3])),((val1[0]*val6[0])+(val1[1]*val6[1])+(val1[2]*val6[2])+(val1[3]*val6[3]))};
      *((float4*)((data0_1605632+(alu2+192)))) = (float4){((val2[0]*val7[0])+(val2[1]*val7[1])+(val2[2]*val7[2])+(val2[3]*val7[3])),((val2[0]*val4[0])+(val2[1]*val4[1])+(val2[2]*val4[2])+(val2[3]*val4[3])),((val2[0]*val5[0])+(val2[1]*val5[1])+(val2[2]*val5[2])+(val2[3]*val5[3])),((val2[0]*val6[0])+(val2[1]*val6[1])+(val2[2]*val6[2])+(val2[3]*val6[3]))};
      *((float4*)((data0_1605632+alu2))) = (float4){((val3[0]*val7[0])+(val3[1]*val7[1])+(val3[2]*val7[2])+(val3[3]*val7[3])),((val3[0]*val4[0])+(val3[1]*val4[1])+(val3[2]*val4[2])+(val3[3]*val4[3])),((val3[0]*val5[0])+(val3[1]*val5[1])+(val3[2]*val5[2])+(val3[3]*val5[3])),((val3[0]*val6[0])+(val3[1]*val6[1])+(val3[2]*val6[2])+(val3[3]*val6[3]))};
    }
  }
}
