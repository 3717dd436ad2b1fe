typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_128_64_2_2_2_2(float* restrict data0_131072, float* restrict data1_32768, float* restrict data2_32768, float* restrict data3_32768, float* restrict data4_32768) {
  for (int Lidx0 = 0; Lidx0 < 128; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      int alu0 = ((Lidx0<<8)+Lidx1);
      int alu1 = (alu0+64);
      float val0 = (*(data1_32768+alu1));
      int alu2 = (alu0+128);
      float val1 = (*(data1_32768+alu2));
      int alu3 = (alu0+192);
      float val2 = (*(data1_32768+alu3));
      float val3 = (*(data1_32768+alu0));
      float val4 = (*(data2_32768+alu1));
      float val5 = (*(data2_32768+alu2));
      float val6 = (*(data2_32768+alu3));
      float val7 = (*(data2_32768+alu0));
      float val8 = (*(data3_32768+alu1));
      float val9 = (*(data3_32768+alu2));
      float val10 = (*(data3_32768+alu3));
      float val11 = (*(data3_32768+alu0));
      float val12 = (*(data4_32768+alu1));
      float val13 = (*(data4_32768+alu2));
      float val14 = (*(data4_32768+alu3));
      float val15 = (*(data4_32768+alu0));
      int alu4 = ((Lidx0<<10)+(Lidx1<<4));
      *((float4*)((data0_131072+(alu4+4)))) = (float4){val10,val14,val9,val13};
      *((float4*)((data0_131072+(alu4+8)))) = (float4){val0,val4,val3,val7};
      *((float4*)((data0_131072+(alu4+12)))) = (float4){val8,val12,val11,val15};
      *((float4*)((data0_131072+alu4))) = (float4){val2,val6,val1,val5};
    }
  }
}
