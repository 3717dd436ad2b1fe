typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_15_15_64_2_2_2(float* restrict data0_7372800, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 15; Lidx0_0_1++) {
      _Bool alu0 = (0<Lidx0_0_1);
      _Bool alu1 = (Lidx0_0_1<14);
      for (int Lidx0_1 = 0; Lidx0_1 < 15; Lidx0_1++) {
        _Bool alu2 = (0<Lidx0_1);
        _Bool alu3 = (Lidx0_1<14);
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 64; Lidx1_0_0++) {
          int alu4 = ((Lidx0_0_1*14)+Lidx0_1+(Lidx1_0_0*196)+(data2_*802816)+(Lidx0_0_0*12544));
          float val0 = ((alu2&alu0)?*(data1_1605632+(alu4+-15)):0.0f);
          float val1 = ((alu3&alu0)?*(data1_1605632+(alu4+-14)):0.0f);
          float val2 = ((alu2&alu1)?*(data1_1605632+(alu4+-1)):0.0f);
          float val3 = ((alu3&alu1)?*(data1_1605632+alu4):0.0f);
          *((float4*)((data0_7372800+((data2_*3686400)+(Lidx0_0_0*57600)+(Lidx0_0_1*3840)+(Lidx0_1<<8)+(Lidx1_0_0<<2))))) = (float4){val0,val1,val2,val3};
        }
      }
    }
  }
}
