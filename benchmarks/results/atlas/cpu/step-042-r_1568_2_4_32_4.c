typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_1568_2_4_32_4(float* restrict data0_12544, float* restrict data1_1605632, const int data2_) {
  float buf0[4];
  for (int Lidx1 = 0; Lidx1 < 1568; Lidx1++) {
    int alu0 = ((data2_*6272)+(Lidx1<<2));
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
      int alu5 = (alu0+(Ridx0*50176));
      float4 val0 = (*((float4*)((data1_1605632+(alu5+12544)))));
      float4 val1 = (*((float4*)((data1_1605632+(alu5+25088)))));
      float4 val2 = (*((float4*)((data1_1605632+(alu5+37632)))));
      float4 val3 = (*((float4*)((data1_1605632+alu5))));
      *(buf0+0) = ((*(buf0+0))+val3[0]+val0[0]+val1[0]+val2[0]);
      *(buf0+1) = ((*(buf0+1))+val3[1]+val0[1]+val1[1]+val2[1]);
      *(buf0+2) = ((*(buf0+2))+val3[2]+val0[2]+val1[2]+val2[2]);
      *(buf0+3) = ((*(buf0+3))+val3[3]+val0[3]+val1[3]+val2[3]);
    }
    *((float4*)((data0_12544+alu0))) = (float4){((*(buf0+0))*0.0078125f),((*(buf0+1))*0.0078125f),((*(buf0+2))*0.0078125f),((*(buf0+3))*0.0078125f)};
  }
}
