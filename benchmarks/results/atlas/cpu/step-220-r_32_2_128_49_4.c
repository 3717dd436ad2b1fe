typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_32_2_128_49_4(float* restrict data0_64, float* restrict data1_1605632, float* restrict data2_64, float* restrict data3_64, float* restrict data4_1605632, const int data5_) {
  float buf0[1];
  for (int Lidx3 = 0; Lidx3 < 32; Lidx3++) {
    int alu0 = ((data5_<<5)+Lidx3);
    float val0 = (*(data2_64+alu0));
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        int alu2 = ((data5_*6272)+(Lidx3*196)+(Ridx1<<2)+(Ridx0*12544));
        float4 val1 = (*((float4*)((data1_1605632+alu2))));
        float4 val2 = (*((float4*)((data4_1605632+alu2))));
        *(buf0+0) = ((*(buf0+0))+((val1[0]-val0)*val2[0])+((val1[1]-val0)*val2[1])+((val1[2]-val0)*val2[2])+((val1[3]-val0)*val2[3]));
      }
    }
    float val3 = (*(data3_64+alu0));
    *(data0_64+alu0) = ((*(buf0+0))/__builtin_sqrtf((val3+9.999999747378752e-06f)));
  }
}
