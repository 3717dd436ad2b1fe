typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_1568_2_4_4(float* restrict data0_802816, float* restrict data1_128, float* restrict data2_6272, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    float4 val0 = (*((float4*)((data1_128+((data3_<<6)+(Lidx0<<2))))));
    for (int Lidx1 = 0; Lidx1 < 1568; Lidx1++) {
      int alu0 = (Lidx1<<2);
      float4 val1 = (*((float4*)((data2_6272+alu0))));
      int alu1 = ((data3_*401408)+(Lidx0*25088)+alu0);
      *((float4*)((data0_802816+(alu1+6272)))) = (float4){(val0[1]*val1[0]),(val0[1]*val1[1]),(val0[1]*val1[2]),(val0[1]*val1[3])};
      *((float4*)((data0_802816+(alu1+12544)))) = (float4){(val0[2]*val1[0]),(val0[2]*val1[1]),(val0[2]*val1[2]),(val0[2]*val1[3])};
      *((float4*)((data0_802816+(alu1+18816)))) = (float4){(val0[3]*val1[0]),(val0[3]*val1[1]),(val0[3]*val1[2]),(val0[3]*val1[3])};
      *((float4*)((data0_802816+alu1))) = (float4){(val0[0]*val1[0]),(val0[0]*val1[1]),(val0[0]*val1[2]),(val0[0]*val1[3])};
    }
  }
}
