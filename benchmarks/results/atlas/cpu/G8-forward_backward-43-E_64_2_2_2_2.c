typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_2_2_2_2(float* restrict data0_1024, float* restrict data1_256, float* restrict data2_256, float* restrict data3_256, float* restrict data4_256) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = (Lidx0<<2);
    float4 val0 = (*((float4*)((data1_256+alu0))));
    float4 val1 = (*((float4*)((data2_256+alu0))));
    float4 val2 = (*((float4*)((data3_256+alu0))));
    float4 val3 = (*((float4*)((data4_256+alu0))));
    int alu1 = (Lidx0<<4);
    *((float4*)((data0_1024+(alu1+4)))) = (float4){val2[3],val3[3],val2[2],val3[2]};
    *((float4*)((data0_1024+(alu1+8)))) = (float4){val0[1],val1[1],val0[0],val1[0]};
    *((float4*)((data0_1024+(alu1+12)))) = (float4){val2[1],val3[1],val2[0],val3[0]};
    *((float4*)((data0_1024+alu1))) = (float4){val0[3],val1[3],val0[2],val1[2]};
  }
}
