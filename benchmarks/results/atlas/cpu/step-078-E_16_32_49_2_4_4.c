typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_32_49_2_4_4(float* restrict data0_802816, float* restrict data1_802816, float* restrict data2_128, float* restrict data3_128, float* restrict data4_128, float* restrict data5_128, const int data6_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    int alu0 = ((data6_*401408)+(Lidx0*25088));
    for (int Lidx1 = 0; Lidx1 < 32; Lidx1++) {
      int alu1 = (Lidx1<<2);
      float4 val0 = (*((float4*)((data2_128+alu1))));
      float4 val1 = (*((float4*)((data3_128+alu1))));
      float4 val2 = (*((float4*)((data4_128+alu1))));
      float4 val3 = (*((float4*)((data5_128+alu1))));
      float alu2 = __builtin_sqrtf((val2[0]+9.999999747378752e-06f));
      float alu3 = __builtin_sqrtf((val2[1]+9.999999747378752e-06f));
      float alu4 = __builtin_sqrtf((val2[2]+9.999999747378752e-06f));
      float alu5 = __builtin_sqrtf((val2[3]+9.999999747378752e-06f));
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu6 = (alu0+(Lidx2<<7)+alu1);
        float4 val4 = (*((float4*)((data1_802816+(alu6+6272)))));
        float4 val5 = (*((float4*)((data1_802816+(alu6+12544)))));
        float4 val6 = (*((float4*)((data1_802816+(alu6+18816)))));
        float4 val7 = (*((float4*)((data1_802816+alu6))));
        int alu7 = (alu0+(Lidx1*196)+Lidx2);
        *(data0_802816+(alu7+49)) = ((((val7[1]-val0[1])*val1[1])/alu3)+val3[1]);
        *(data0_802816+(alu7+98)) = ((((val7[2]-val0[2])*val1[2])/alu4)+val3[2]);
        *(data0_802816+(alu7+147)) = ((((val7[3]-val0[3])*val1[3])/alu5)+val3[3]);
        *(data0_802816+(alu7+6272)) = ((((val4[0]-val0[0])*val1[0])/alu2)+val3[0]);
        *(data0_802816+(alu7+6321)) = ((((val4[1]-val0[1])*val1[1])/alu3)+val3[1]);
        *(data0_802816+(alu7+6370)) = ((((val4[2]-val0[2])*val1[2])/alu4)+val3[2]);
        *(data0_802816+(alu7+6419)) = ((((val4[3]-val0[3])*val1[3])/alu5)+val3[3]);
        *(data0_802816+(alu7+12544)) = ((((val5[0]-val0[0])*val1[0])/alu2)+val3[0]);
        *(data0_802816+(alu7+12593)) = ((((val5[1]-val0[1])*val1[1])/alu3)+val3[1]);
        *(data0_802816+(alu7+12642)) = ((((val5[2]-val0[2])*val1[2])/alu4)+val3[2]);
        *(data0_802816+(alu7+12691)) = ((((val5[3]-val0[3])*val1[3])/alu5)+val3[3]);
        *(data0_802816+(alu7+18816)) = ((((val6[0]-val0[0])*val1[0])/alu2)+val3[0]);
        *(data0_802816+(alu7+18865)) = ((((val6[1]-val0[1])*val1[1])/alu3)+val3[1]);
        *(data0_802816+(alu7+18914)) = ((((val6[2]-val0[2])*val1[2])/alu4)+val3[2]);
        *(data0_802816+(alu7+18963)) = ((((val6[3]-val0[3])*val1[3])/alu5)+val3[3]);
        *(data0_802816+alu7) = ((((val7[0]-val0[0])*val1[0])/alu2)+val3[0]);
      }
    }
  }
}
