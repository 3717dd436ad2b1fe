typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_128_2_6272_4(float* restrict data0_256, float* restrict data1_6422528, float* restrict data2_25088, const int data3_) {
  float buf0[1];
  for (int Lidx1 = 0; Lidx1 < 128; Lidx1++) {
    *(buf0+0) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 6272; Ridx0++) {
      int alu1 = (Ridx0<<2);
      float4 val0 = (*((float4*)((data1_6422528+((data3_*3211264)+(Lidx1*25088)+alu1)))));
      float4 val1 = (*((float4*)((data2_25088+alu1))));
      *(buf0+0) = ((*(buf0+0))+(val0[0]*val1[0])+(val0[1]*val1[1])+(val0[2]*val1[2])+(val0[3]*val1[3]));
    }
    *(data0_256+((data3_<<7)+Lidx1)) = (*(buf0+0));
  }
}
