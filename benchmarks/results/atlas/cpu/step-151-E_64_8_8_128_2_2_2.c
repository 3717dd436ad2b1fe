typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_64_8_8_128_2_2_2(float* restrict data0_4194304, float* restrict data1_802816, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 64; Lidx0_0_0++) {
    for (int Lidx0_0_1 = 0; Lidx0_0_1 < 8; Lidx0_0_1++) {
      _Bool alu0 = (0<Lidx0_0_1);
      _Bool alu1 = (Lidx0_0_1<7);
      for (int Lidx0_1 = 0; Lidx0_1 < 8; Lidx0_1++) {
        _Bool alu2 = (0<Lidx0_1);
        _Bool alu3 = (Lidx0_1<7);
        for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
          int alu4 = ((Lidx0_0_1*7)+Lidx0_1+(Lidx1_0_0*49)+(data2_*401408)+(Lidx0_0_0*6272));
          float val0 = ((alu0&alu2)?*(data1_802816+(alu4+-8)):0.0f);
          float val1 = ((alu0&alu3)?*(data1_802816+(alu4+-7)):0.0f);
          float val2 = ((alu1&alu2)?*(data1_802816+(alu4+-1)):0.0f);
          float val3 = ((alu1&alu3)?*(data1_802816+alu4):0.0f);
          *((float4*)((data0_4194304+((data2_<<21)+(Lidx0_0_0<<15)+(Lidx0_0_1<<12)+(Lidx0_1<<9)+(Lidx1_0_0<<2))))) = (float4){val0,val1,val2,val3};
        }
      }
    }
  }
}
