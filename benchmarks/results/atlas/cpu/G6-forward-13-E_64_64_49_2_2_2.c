typedef float float2 __attribute__((aligned(8),ext_vector_type(2)));
void E_64_64_49_2_2_2(float* restrict data0_1605632, float* restrict data1_401408, float* restrict data2_401408, float* restrict data3_401408, float* restrict data4_401408, const int data5_) {
  for (int Lidx1 = 0; Lidx1 < 64; Lidx1++) {
    for (int Lidx2 = 0; Lidx2 < 64; Lidx2++) {
      for (int Lidx3 = 0; Lidx3 < 49; Lidx3++) {
        int alu0 = ((data5_*200704)+(Lidx1*3136)+(Lidx3<<6)+Lidx2);
        float val0 = (*(data1_401408+alu0));
        float val1 = (*(data2_401408+alu0));
        float val2 = (*(data3_401408+alu0));
        float val3 = (*(data4_401408+alu0));
        int alu1 = ((data5_*401408)+(Lidx1*6272)+(Lidx2*98)+(Lidx3<<1));
        *((float2*)((data0_1605632+(alu1+802816)))) = (float2){val1,val0};
        *((float2*)((data0_1605632+alu1))) = (float2){val3,val2};
      }
    }
  }
}
