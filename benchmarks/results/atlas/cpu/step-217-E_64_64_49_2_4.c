typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_64_49_2_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_1605632, float* restrict data3_1605632, float* restrict data4_1605632, float* restrict data5_1605632, const int data6_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = ((data6_*802816)+(Lidx0*12544));
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu1 = (alu0+(Lidx2<<8)+Lidx1);
        int alu2 = (alu1+64);
        float val0 = (*(data2_1605632+alu2));
        int alu3 = (alu1+128);
        float val1 = (*(data2_1605632+alu3));
        int alu4 = (alu1+192);
        float val2 = (*(data2_1605632+alu4));
        float val3 = (*(data2_1605632+alu1));
        float val4 = (*(data3_1605632+alu2));
        float val5 = (*(data3_1605632+alu3));
        float val6 = (*(data3_1605632+alu4));
        float val7 = (*(data3_1605632+alu1));
        float val8 = (*(data4_1605632+alu2));
        float val9 = (*(data4_1605632+alu3));
        float val10 = (*(data4_1605632+alu4));
        float val11 = (*(data4_1605632+alu1));
        float val12 = (*(data5_1605632+alu2));
        float val13 = (*(data5_1605632+alu3));
        float val14 = (*(data5_1605632+alu4));
        float val15 = (*(data5_1605632+alu1));
        int alu5 = (alu0+(Lidx1*196)+(Lidx2<<2));
        float4 val16 = (*((float4*)((data1_1605632+alu5))));
        float alu6 = ((0.0f<val16[0])?(val3+val7+val11+val15):0.0f);
        float alu7 = ((0.0f<val16[1])?(val0+val4+val8+val12):0.0f);
        float alu8 = ((0.0f<val16[2])?(val1+val5+val9+val13):0.0f);
        float alu9 = ((0.0f<val16[3])?(val2+val6+val10+val14):0.0f);
        *((float4*)((data0_1605632+alu5))) = (float4){alu6,alu7,alu8,alu9};
      }
    }
  }
}
