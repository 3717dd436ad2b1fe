typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_14_14_64_2_2_2(float* restrict data0_6422528, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 14; Lidx0_0_1++) {
      _Bool alu0 = (0<Lidx0_0_1);
      for (int Lidx0_1 = 0; Lidx0_1 < 14; Lidx0_1++) {
        _Bool alu1 = (0<Lidx0_1);
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 64; Lidx1_0_0++) {
          int alu2 = ((Lidx0_0_1*14)+Lidx0_1+(Lidx1_0_0*196)+(data2_*802816)+(Lidx0_0_0*12544));
          float val0 = ((alu0&alu1)?*(data1_1605632+(alu2+-15)):0.0f);
          float val1 = (alu0?*(data1_1605632+(alu2+-14)):0.0f);
          float val2 = (alu1?*(data1_1605632+(alu2+-1)):0.0f);
          float val3 = (*(data1_1605632+alu2));
          *((float4*)((data0_6422528+((data2_*3211264)+(Lidx0_0_0*50176)+(Lidx0_0_1*3584)+(Lidx0_1<<8)+(Lidx1_0_0<<2))))) = (float4){val0,val1,val2,val3};
        }
      }
    }
  }
}
