typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_32_2_128_49_4(float* restrict data0_64, float* restrict data1_1605632, float* restrict data2_64, const int data3_) {
  float buf0[1];
  for (int Lidx3 = 0; Lidx3 < 32; Lidx3++) {
    int alu0 = ((data3_<<5)+Lidx3);
    float val0 = (*(data2_64+alu0));
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        float4 val1 = (*((float4*)((data1_1605632+((data3_*6272)+(Lidx3*196)+(Ridx1<<2)+(Ridx0*12544))))));
        float alu2 = (val1[0]-val0);
        float alu3 = (val1[1]-val0);
        float alu4 = (val1[2]-val0);
        float alu5 = (val1[3]-val0);
        *(buf0+0) = ((*(buf0+0))+(alu2*alu2)+(alu3*alu3)+(alu4*alu4)+(alu5*alu5));
      }
    }
    *(data0_64+alu0) = ((*(buf0+0))*3.98596930608619e-05f);
  }
}
