typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_3136_2_4_64_4(float* restrict data0_25088, float* restrict data1_6422528, float* restrict data2_256, const int data3_) {
  float buf0[4];
  for (int Lidx1 = 0; Lidx1 < 3136; Lidx1++) {
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 64; Ridx0++) {
      int alu4 = (Ridx0<<2);
      int alu5 = ((data3_*3211264)+(Lidx1<<10)+alu4);
      float4 val0 = (*((float4*)((data1_6422528+(alu5+256)))));
      float4 val1 = (*((float4*)((data1_6422528+(alu5+512)))));
      float4 val2 = (*((float4*)((data1_6422528+(alu5+768)))));
      float4 val3 = (*((float4*)((data1_6422528+alu5))));
      float4 val4 = (*((float4*)((data2_256+alu4))));
      *(buf0+0) = ((*(buf0+0))+(val3[0]*val4[0])+(val3[1]*val4[1])+(val3[2]*val4[2])+(val3[3]*val4[3]));
      *(buf0+1) = ((*(buf0+1))+(val0[0]*val4[0])+(val0[1]*val4[1])+(val0[2]*val4[2])+(val0[3]*val4[3]));
      *(buf0+2) = ((*(buf0+2))+(val1[0]*val4[0])+(val1[1]*val4[1])+(val1[2]*val4[2])+(val1[3]*val4[3]));
      *(buf0+3) = ((*(buf0+3))+(val2[0]*val4[0])+(val2[1]*val4[1])+(val2[2]*val4[2])+(val2[3]*val4[3]));
    }
    *((float4*)((data0_25088+((data3_*12544)+(Lidx1<<2))))) = (float4){(*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3))};
  }
}
