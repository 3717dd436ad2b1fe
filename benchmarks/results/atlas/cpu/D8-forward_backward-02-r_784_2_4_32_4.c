typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_784_2_4_32_4(float* restrict data0_6272, float* restrict data1_128, float* restrict data2_802816, const int data3_) {
  float buf0[4];
  for (int Lidx1 = 0; Lidx1 < 784; Lidx1++) {
    int alu0 = ((data3_*3136)+(Lidx1<<2));
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 32; Ridx0++) {
      float4 val0 = (*((float4*)((data1_128+(Ridx0<<2)))));
      int alu5 = (alu0+(Ridx0*25088));
      float4 val1 = (*((float4*)((data2_802816+(alu5+6272)))));
      float4 val2 = (*((float4*)((data2_802816+(alu5+12544)))));
      float4 val3 = (*((float4*)((data2_802816+(alu5+18816)))));
      float4 val4 = (*((float4*)((data2_802816+alu5))));
      *(buf0+0) = ((*(buf0+0))+(val0[0]*val4[0])+(val0[1]*val1[0])+(val0[2]*val2[0])+(val0[3]*val3[0]));
      *(buf0+1) = ((*(buf0+1))+(val0[0]*val4[1])+(val0[1]*val1[1])+(val0[2]*val2[1])+(val0[3]*val3[1]));
      *(buf0+2) = ((*(buf0+2))+(val0[0]*val4[2])+(val0[1]*val1[2])+(val0[2]*val2[2])+(val0[3]*val3[2]));
      *(buf0+3) = ((*(buf0+3))+(val0[0]*val4[3])+(val0[1]*val1[3])+(val0[2]*val2[3])+(val0[3]*val3[3]));
    }
    *((float4*)((data0_6272+alu0))) = (float4){(*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3))};
  }
}
