typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_64_49_2_4(float* restrict data0_1605632, float* restrict data1_1605632, float* restrict data2_1605632, float* restrict data3_1605632, float* restrict data4_1605632, const int data5_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = ((data5_*802816)+(Lidx0*12544));
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      for (int Lidx2 = 0; Lidx2 < 49; Lidx2++) {
        int alu1 = (alu0+(Lidx2<<8)+Lidx1);
        int alu2 = (alu1+64);
        float val0 = (*(data1_1605632+alu2));
        int alu3 = (alu1+128);
        float val1 = (*(data1_1605632+alu3));
        int alu4 = (alu1+192);
        float val2 = (*(data1_1605632+alu4));
        float val3 = (*(data1_1605632+alu1));
        float val4 = (*(data2_1605632+alu2));
        float val5 = (*(data2_1605632+alu3));
        float val6 = (*(data2_1605632+alu4));
        float val7 = (*(data2_1605632+alu1));
        float val8 = (*(data3_1605632+alu2));
        float val9 = (*(data3_1605632+alu3));
        float val10 = (*(data3_1605632+alu4));
        float val11 = (*(data3_1605632+alu1));
        float val12 = (*(data4_1605632+alu2));
        float val13 = (*(data4_1605632+alu3));
        float val14 = (*(data4_1605632+alu4));
        float val15 = (*(data4_1605632+alu1));
        *((float4*)((data0_1605632+(alu0+(Lidx1*196)+(Lidx2<<2))))) = (float4){(val3+val7+val11+val15),(val0+val4+val8+val12),(val1+val5+val9+val13),(val2+val6+val10+val14)};
      }
    }
  }
}
