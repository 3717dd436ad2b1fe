typedef float float2 __attribute__((aligned(8),ext_vector_type(2)));
void E_64_64_7_7_2_2_2(float* restrict data0_1605632, float* restrict data1_401408, float* restrict data2_401408, float* restrict data3_401408, float* restrict data4_401408, const int data5_) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
      for (int Lidx2_0 = 0; Lidx2_0 < 7; Lidx2_0++) {
        for (int Lidx3_0 = 0; Lidx3_0 < 7; Lidx3_0++) {
          int alu0 = ((data5_*200704)+(Lidx0*3136)+(Lidx2_0*448)+(Lidx3_0<<6)+Lidx1);
          float val0 = (*(data1_401408+alu0));
          float val1 = (*(data2_401408+alu0));
          float val2 = (*(data3_401408+alu0));
          float val3 = (*(data4_401408+alu0));
          int alu1 = ((Lidx2_0*28)+(Lidx3_0<<1)+(Lidx1*196)+(data5_*802816)+(Lidx0*12544));
          *((float2*)((data0_1605632+(alu1+14)))) = (float2){val1,val0};
          *((float2*)((data0_1605632+alu1))) = (float2){val3,val2};
        }
      }
    }
  }
}
