typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_4(float* restrict data0_256, float* restrict data1_1024) {
  for (int Lidx0 = 0; Lidx0 < 64; Lidx0++) {
    int alu0 = (Lidx0<<4);
    float val0 = (*(data1_1024+(alu0+4)));
    float val1 = (*(data1_1024+(alu0+6)));
    float val2 = (*(data1_1024+(alu0+12)));
    float val3 = (*(data1_1024+(alu0+14)));
    *((float4*)((data0_256+(Lidx0<<2)))) = (float4){val0,val1,val2,val3};
  }
}
