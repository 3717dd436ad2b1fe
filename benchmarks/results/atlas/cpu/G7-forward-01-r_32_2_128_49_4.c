typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_32_2_128_49_4(float* restrict data0_64, float* restrict data1_1605632, const int data2_) {
  float buf0[1];
  for (int Lidx3 = 0; Lidx3 < 32; Lidx3++) {
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        float4 val0 = (*((float4*)((data1_1605632+((data2_*6272)+(Lidx3*196)+(Ridx1<<2)+(Ridx0*12544))))));
        *(buf0+0) = ((*(buf0+0))+val0[0]+val0[1]+val0[2]+val0[3]);
      }
    }
    *(data0_64+((data2_<<5)+Lidx3)) = ((*(buf0+0))*3.98596930608619e-05f);
  }
}
