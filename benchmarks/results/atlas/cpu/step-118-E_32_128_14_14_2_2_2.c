
void E_32_128_14_14_2_2_2(float* restrict data0_6422528, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 32; Lidx0_0_0++) {
    for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
      for (int Lidx1_0_1 = 0; Lidx1_0_1 < 14; Lidx1_0_1++) {
        int alu0 = (Lidx1_0_1*14);
        _Bool alu1 = (0<Lidx1_0_1);
        for (int Lidx1_1 = 0; Lidx1_1 < 14; Lidx1_1++) {
          int alu2 = ((data2_*6272)+(Lidx0_0_0*196)+alu0+Lidx1_1+(Lidx1_0_0*12544));
          float val0 = (alu1?*(data1_1605632+(alu2+-14)):0.0f);
          _Bool alu3 = (Lidx1_1<13);
          float val1 = ((alu1&alu3)?*(data1_1605632+(alu2+-13)):0.0f);
          float val2 = (alu3?*(data1_1605632+(alu2+1)):0.0f);
          float val3 = (*(data1_1605632+alu2));
          int alu4 = ((Lidx1_0_0*196)+alu0+Lidx1_1+(data2_*3211264)+(Lidx0_0_0*100352));
          *(data0_6422528+(alu4+25088)) = val1;
          *(data0_6422528+(alu4+50176)) = val3;
          *(data0_6422528+(alu4+75264)) = val2;
          *(data0_6422528+alu4) = val0;
        }
      }
    }
  }
}
