typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_64_2_1568_4(float* restrict data0_128, float* restrict data1_802816, float* restrict data2_6272, float* restrict data3_1, const int data4_) {
  float buf0[1];
  float val0 = (*(data3_1+0));
  for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 1568; Ridx0++) {
      int alu1 = (Ridx0<<2);
      float4 val1 = (*((float4*)((data1_802816+((data4_*401408)+(Lidx1*6272)+alu1)))));
      float4 val2 = (*((float4*)((data2_6272+alu1))));
      *(buf0+0) = ((*(buf0+0))+(val1[0]*val2[0])+(val1[1]*val2[1])+(val1[2]*val2[2])+(val1[3]*val2[3]));
    }
    *(data0_128+((data4_<<6)+Lidx1)) = (-(*(buf0+0))-val0);
  }
}
