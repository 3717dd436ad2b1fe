typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_32768_4(float* restrict data0_131072, float* restrict data1_131072, float* restrict data2_1, float* restrict data3_131072, float* restrict data4_1, float* restrict data5_131072, float* restrict data6_1) {
  float val0 = (*(data2_1+0));
  float val1 = (*(data4_1+0));
  float val2 = (*(data6_1+0));
  float alu0 = (1.0f-val1);
  float alu1 = (1.0f-val2);
  for (int Lidx0 = 0; Lidx0 < 32768; Lidx0++) {
    int alu2 = (Lidx0<<2);
    float4 val3 = (*((float4*)((data1_131072+alu2))));
    float4 val4 = (*((float4*)((data3_131072+alu2))));
    float4 val5 = (*((float4*)((data5_131072+alu2))));
    *((float4*)((data0_131072+alu2))) = (float4){(val3[0]-(val0*(val4[0]/(alu0*(__builtin_sqrtf((val5[0]/alu1))+9.99999993922529e-09f))))),(val3[1]-(val0*(val4[1]/(alu0*(__builtin_sqrtf((val5[1]/alu1))+9.99999993922529e-09f))))),(val3[2]-(val0*(val4[2]/(alu0*(__builtin_sqrtf((val5[2]/alu1))+9.99999993922529e-09f))))),(val3[3]-(val0*(val4[3]/(alu0*(__builtin_sqrtf((val5[3]/alu1))+9.99999993922529e-09f)))))};
  }
}
