typedef float float2 __attribute__((aligned(8),ext_vector_type(2)));
void E_1792_14_2_2(float* restrict data0_100352, float* restrict data1_25088, float* restrict data2_25088, float* restrict data3_25088, float* restrict data4_25088) {
  for (int Lidx0 = 0; Lidx0 < 1792; Lidx0++) {
    for (int Lidx2_0 = 0; Lidx2_0 < 14; Lidx2_0++) {
      int alu0 = ((Lidx0*14)+Lidx2_0);
      float val0 = (*(data1_25088+alu0));
      float val1 = (*(data2_25088+alu0));
      float val2 = (*(data3_25088+alu0));
      float val3 = (*(data4_25088+alu0));
      float alu1 = (val0*-2.885390043258667f);
      _Bool alu2 = (alu1!=alu1);
      float alu3 = ((alu1!=((float)(-__builtin_inff())))?alu1:0.0f);
      float alu4 = (alu2?0.0f:alu3);
      float alu5 = ((alu1!=((float)(__builtin_inff())))?alu4:0.0f);
      float alu6 = ((alu5<0.0f)?-0.5f:0.5f);
      int cast0 = ((int)((alu5+alu6)));
      float alu7 = (val1*-2.885390043258667f);
      _Bool alu8 = (alu7!=alu7);
      float alu9 = ((alu7!=((float)(-__builtin_inff())))?alu7:0.0f);
      float alu10 = (alu8?0.0f:alu9);
      float alu11 = ((alu7!=((float)(__builtin_inff())))?alu10:0.0f);
      float alu12 = ((alu11<0.0f)?-0.5f:0.5f);
      int cast1 = ((int)((alu11+alu12)));
      int alu13 = (cast0>>1);
      int alu14 = (cast1>>1);
      float alu15 = (alu5-((float)(cast0)));
      float alu16 = (((alu1<128.0f)!=1)?((float)(__builtin_inff())):(((((((((((((0.00015359208919107914f*alu15)+0.0013392627006396651f)*alu15)+0.009618384763598442f)*alu15)+0.055503472685813904f)*alu15)+0.24022644758224487f)*alu15)+0.6931471824645996f)*alu15)+1.0f)*__builtin_bit_cast(float, (int)(((alu13+127)<<23)))*__builtin_bit_cast(float, (int)((((cast0-alu13)+127)<<23)))));
      float alu17 = ((alu1<-150.0f)?0.0f:alu16);
      float alu18 = (alu2?((float)(__builtin_nanf(""))):alu17);
      float alu19 = (alu11-((float)(cast1)));
      float alu20 = (((alu7<128.0f)!=1)?((float)(__builtin_inff())):(((((((((((((0.00015359208919107914f*alu19)+0.0013392627006396651f)*alu19)+0.009618384763598442f)*alu19)+0.055503472685813904f)*alu19)+0.24022644758224487f)*alu19)+0.6931471824645996f)*alu19)+1.0f)*__builtin_bit_cast(float, (int)(((alu14+127)<<23)))*__builtin_bit_cast(float, (int)((((cast1-alu14)+127)<<23)))));
      float alu21 = ((alu7<-150.0f)?0.0f:alu20);
      float alu22 = (alu8?((float)(__builtin_nanf(""))):alu21);
      float alu23 = (val2*-2.885390043258667f);
      _Bool alu24 = (alu23!=alu23);
      float alu25 = ((alu23!=((float)(-__builtin_inff())))?alu23:0.0f);
      float alu26 = (alu24?0.0f:alu25);
      float alu27 = ((alu23!=((float)(__builtin_inff())))?alu26:0.0f);
      float alu28 = ((alu27<0.0f)?-0.5f:0.5f);
      int cast2 = ((int)((alu27+alu28)));
      float alu29 = (val3*-2.885390043258667f);
      _Bool alu30 = (alu29!=alu29);
      float alu31 = ((alu29!=((float)(-__builtin_inff())))?alu29:0.0f);
      float alu32 = (alu30?0.0f:alu31);
      float alu33 = ((alu29!=((float)(__builtin_inff())))?alu32:0.0f);
      float alu34 = ((alu33<0.0f)?-0.5f:0.5f);
      int cast3 = ((int)((alu33+alu34)));
      int alu35 = (cast2>>1);
      int alu36 = (cast3>>1);
      float alu37 = (alu27-((float)(cast2)));
      float alu38 = (((alu23<128.0f)!=1)?((float)(__builtin_inff())):(((((((((((((0.00015359208919107914f*alu37)+0.0013392627006396651f)*alu37)+0.009618384763598442f)*alu37)+0.055503472685813904f)*alu37)+0.24022644758224487f)*alu37)+0.6931471824645996f)*alu37)+1.0f)*__builtin_bit_cast(float, (int)(((alu35+127)<<23)))*__builtin_bit_cast(float, (int)((((cast2-alu35)+127)<<23)))));
      float alu39 = ((alu23<-150.0f)?0.0f:alu38);
      float alu40 = (alu24?((float)(__builtin_nanf(""))):alu39);
      float alu41 = (alu33-((float)(cast3)));
      float alu42 = (((alu29<128.0f)!=1)?((float)(__builtin_inff())):(((((((((((((0.00015359208919107914f*alu41)+0.0013392627006396651f)*alu41)+0.009618384763598442f)*alu41)+0.055503472685813904f)*alu41)+0.24022644758224487f)*alu41)+0.6931471824645996f)*alu41)+1.0f)*__builtin_bit_cast(float, (int)(((alu36+127)<<23)))*__builtin_bit_cast(float, (int)((((cast3-alu36)+127)<<23)))));
      float alu43 = ((alu29<-150.0f)?0.0f:alu42);
      float alu44 = (alu30?((float)(__builtin_nanf(""))):alu43);
      int alu45 = ((Lidx0*56)+(Lidx2_0<<1));
      *((float2*)((data0_100352+(alu45+28)))) = (float2){((2.0f/(1.0f+alu22))+-1.0f),((2.0f/(1.0f+alu18))+-1.0f)};
      *((float2*)((data0_100352+alu45))) = (float2){((2.0f/(1.0f+alu44))+-1.0f),((2.0f/(1.0f+alu40))+-1.0f)};
    }
  }
}
