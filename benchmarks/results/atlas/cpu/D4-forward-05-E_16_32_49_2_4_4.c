typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_32_49_2_4_4(float* restrict data0_802816, float* restrict data1_802816, float* restrict data2_128, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    int alu0 = ((data3_*401408)+(Lidx0*25088));
    for (int Lidx1 = 0; Lidx1 < 32; Lidx1++) {
      int alu1 = (Lidx1<<2);
      float4 val0 = (*((float4*)((data2_128+alu1))));
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu2 = (alu0+(Lidx2<<7)+alu1);
        float4 val1 = (*((float4*)((data1_802816+(alu2+6272)))));
        float4 val2 = (*((float4*)((data1_802816+(alu2+12544)))));
        float4 val3 = (*((float4*)((data1_802816+(alu2+18816)))));
        float4 val4 = (*((float4*)((data1_802816+alu2))));
        int alu3 = (alu0+(Lidx1*196)+Lidx2);
        *(data0_802816+(alu3+49)) = (val4[1]+val0[1]);
        *(data0_802816+(alu3+98)) = (val4[2]+val0[2]);
        *(data0_802816+(alu3+147)) = (val4[3]+val0[3]);
        *(data0_802816+(alu3+6272)) = (val1[0]+val0[0]);
        *(data0_802816+(alu3+6321)) = (val1[1]+val0[1]);
        *(data0_802816+(alu3+6370)) = (val1[2]+val0[2]);
        *(data0_802816+(alu3+6419)) = (val1[3]+val0[3]);
        *(data0_802816+(alu3+12544)) = (val2[0]+val0[0]);
        *(data0_802816+(alu3+12593)) = (val2[1]+val0[1]);
        *(data0_802816+(alu3+12642)) = (val2[2]+val0[2]);
        *(data0_802816+(alu3+12691)) = (val2[3]+val0[3]);
        *(data0_802816+(alu3+18816)) = (val3[0]+val0[0]);
        *(data0_802816+(alu3+18865)) = (val3[1]+val0[1]);
        *(data0_802816+(alu3+18914)) = (val3[2]+val0[2]);
        *(data0_802816+(alu3+18963)) = (val3[3]+val0[3]);
        *(data0_802816+alu3) = (val4[0]+val0[0]);
      }
    }
  }
}
