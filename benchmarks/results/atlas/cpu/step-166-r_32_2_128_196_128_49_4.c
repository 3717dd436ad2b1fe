typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_32_2_128_196_128_49_4(float* restrict data0_64, float* restrict data1_1605632, float* restrict data2_1605632, const int data3_) {
  float buf0[1];
  float buf1[1];
  for (int Lidx6 = 0; Lidx6 < 32; Lidx6++) {
    int alu0 = ((data3_*6272)+(Lidx6*196));
    *(buf1+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 196; Ridx1++) {
        float val0 = (*(data1_1605632+(alu0+Ridx1+(Ridx0*12544))));
        *(buf1+0) = ((*(buf1+0))+val0);
      }
    }
    *(buf0+0) = 0.0f;
    for (int Ridx3 = 0; Ridx3 < 128; Ridx3++) {
      for (int Ridx4 = 0; Ridx4 < 49; Ridx4++) {
        float4 val1 = (*((float4*)((data2_1605632+(alu0+(Ridx4<<2)+(Ridx3*12544))))));
        *(buf0+0) = ((*(buf0+0))+val1[0]+val1[1]+val1[2]+val1[3]);
      }
    }
    *(data0_64+((data3_<<5)+Lidx6)) = ((*(buf1+0))+(*(buf0+0)));
  }
}
