typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_32_49_2_4_4(float* restrict data0_802816, float* restrict data1_802816, float* restrict data2_128, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 32; Lidx1++) {
      float4 val0 = (*((float4*)((data2_128+(Lidx1<<2)))));
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu0 = ((data3_*401408)+(Lidx0*25088)+(Lidx1*196)+Lidx2);
        int alu1 = (alu0+49);
        float val1 = (*(data1_802816+alu1));
        int alu2 = (alu0+98);
        float val2 = (*(data1_802816+alu2));
        int alu3 = (alu0+147);
        float val3 = (*(data1_802816+alu3));
        int alu4 = (alu0+6272);
        float val4 = (*(data1_802816+alu4));
        int alu5 = (alu0+6321);
        float val5 = (*(data1_802816+alu5));
        int alu6 = (alu0+6370);
        float val6 = (*(data1_802816+alu6));
        int alu7 = (alu0+6419);
        float val7 = (*(data1_802816+alu7));
        int alu8 = (alu0+12544);
        float val8 = (*(data1_802816+alu8));
        int alu9 = (alu0+12593);
        float val9 = (*(data1_802816+alu9));
        int alu10 = (alu0+12642);
        float val10 = (*(data1_802816+alu10));
        int alu11 = (alu0+12691);
        float val11 = (*(data1_802816+alu11));
        int alu12 = (alu0+18816);
        float val12 = (*(data1_802816+alu12));
        int alu13 = (alu0+18865);
        float val13 = (*(data1_802816+alu13));
        int alu14 = (alu0+18914);
        float val14 = (*(data1_802816+alu14));
        int alu15 = (alu0+18963);
        float val15 = (*(data1_802816+alu15));
        float val16 = (*(data1_802816+alu0));
        *(data0_802816+alu1) = (val1+val0[1]);
        *(data0_802816+alu2) = (val2+val0[2]);
        *(data0_802816+alu3) = (val3+val0[3]);
        *(data0_802816+alu4) = (val4+val0[0]);
        *(data0_802816+alu5) = (val5+val0[1]);
        *(data0_802816+alu6) = (val6+val0[2]);
        *(data0_802816+alu7) = (val7+val0[3]);
        *(data0_802816+alu8) = (val8+val0[0]);
        *(data0_802816+alu9) = (val9+val0[1]);
        *(data0_802816+alu10) = (val10+val0[2]);
        *(data0_802816+alu11) = (val11+val0[3]);
        *(data0_802816+alu12) = (val12+val0[0]);
        *(data0_802816+alu13) = (val13+val0[1]);
        *(data0_802816+alu14) = (val14+val0[2]);
        *(data0_802816+alu15) = (val15+val0[3]);
        *(data0_802816+alu0) = (val16+val0[0]);
      }
    }
  }
}
