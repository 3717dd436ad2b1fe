typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_16_2_4_128_49(float* restrict data0_128, float* restrict data1_802816, const int data2_) {
  float buf0[4];
  for (int Lidx3 = 0; Lidx3 < 16; Lidx3++) {
    *(buf0+0) = 0.0f;
    *(buf0+1) = 0.0f;
    *(buf0+2) = 0.0f;
    *(buf0+3) = 0.0f;
    for (int Ridx0 = 0; Ridx0 < 128; Ridx0++) {
      for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
        int alu4 = ((data2_*3136)+(Lidx3*196)+Ridx1+(Ridx0*6272));
        float val0 = (*(data1_802816+(alu4+49)));
        float val1 = (*(data1_802816+(alu4+98)));
        float val2 = (*(data1_802816+(alu4+147)));
        float val3 = (*(data1_802816+alu4));
        *(buf0+0) = ((*(buf0+0))+val3);
        *(buf0+1) = ((*(buf0+1))+val0);
        *(buf0+2) = ((*(buf0+2))+val1);
        *(buf0+3) = ((*(buf0+3))+val2);
      }
    }
    *((float4*)((data0_128+((data2_<<6)+(Lidx3<<2))))) = (float4){(*(buf0+0)),(*(buf0+1)),(*(buf0+2)),(*(buf0+3))};
  }
}
