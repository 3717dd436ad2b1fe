typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_8_16_2_4_6272_4(float* restrict data0_1024, float* restrict data1_401408, float* restrict data2_1605632, const int data3_) {
  float buf0[4];
  for (int Lidx1 = 0; Lidx1 < 8; Lidx1++) {
    for (int Lidx2 = 0; Lidx2 < 16; Lidx2++) {
      *(buf0+0) = 0.0f;
      *(buf0+1) = 0.0f;
      *(buf0+2) = 0.0f;
      *(buf0+3) = 0.0f;
      for (int Ridx0 = 0; Ridx0 < 6272; Ridx0++) {
        int alu4 = (Ridx0<<2);
        float4 val0 = (*((float4*)((data1_401408+((data3_*200704)+(Lidx1*25088)+alu4)))));
        int alu5 = (alu4+(Lidx2*100352));
        float4 val1 = (*((float4*)((data2_1605632+(alu5+25088)))));
        float4 val2 = (*((float4*)((data2_1605632+(alu5+50176)))));
        float4 val3 = (*((float4*)((data2_1605632+(alu5+75264)))));
        float4 val4 = (*((float4*)((data2_1605632+alu5))));
        *(buf0+0) = ((*(buf0+0))+(val0[0]*val4[0])+(val0[1]*val4[1])+(val0[2]*val4[2])+(val0[3]*val4[3]));
        *(buf0+1) = ((*(buf0+1))+(val0[0]*val1[0])+(val0[1]*val1[1])+(val0[2]*val1[2])+(val0[3]*val1[3]));
        *(buf0+2) = ((*(buf0+2))+(val0[0]*val2[0])+(val0[1]*val2[1])+(val0[2]*val2[2])+(val0[3]*val2[3]));
        *(buf0+3) = ((*(buf0+3))+(val0[0]*val3[0])+(val0[1]*val3[1])+(val0[2]*val3[2])+(val0[3]*val3[3]));
      }
      *((float4*)((data0_1024+((data3_<<9)+(Lidx1<<6)+(Lidx2<<2))))) = (float4){(*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3))};
    }
  }
}
