typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_16_7_7_2_4_4(float* restrict data0_401408, float* restrict data1_1605632, float* restrict data2_64, const int data3_) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    for (int Lidx1 = 0; Lidx1 < 16; Lidx1++) {
      float4 val0 = (*((float4*)((data2_64+(Lidx1<<2)))));
      for (int Lidx2 = 0; Lidx2 < 7; Lidx2++) {
        for (int Lidx3 = 0; Lidx3 < 7; Lidx3++) {
          int alu0 = ((Lidx2*28)+(Lidx3<<1)+(Lidx1*784)+(data3_*802816)+(Lidx0*50176));
          float val1 = (*(data1_1605632+(alu0+15)));
          float val2 = (*(data1_1605632+(alu0+211)));
          float val3 = (*(data1_1605632+(alu0+407)));
          float val4 = (*(data1_1605632+(alu0+603)));
          float val5 = (*(data1_1605632+(alu0+12559)));
          float val6 = (*(data1_1605632+(alu0+12755)));
          float val7 = (*(data1_1605632+(alu0+12951)));
          float val8 = (*(data1_1605632+(alu0+13147)));
          float val9 = (*(data1_1605632+(alu0+25103)));
          float val10 = (*(data1_1605632+(alu0+25299)));
          float val11 = (*(data1_1605632+(alu0+25495)));
          float val12 = (*(data1_1605632+(alu0+25691)));
          float val13 = (*(data1_1605632+(alu0+37647)));
          float val14 = (*(data1_1605632+(alu0+37843)));
          float val15 = (*(data1_1605632+(alu0+38039)));
          float val16 = (*(data1_1605632+(alu0+38235)));
          int alu1 = ((Lidx2*7)+Lidx3+(Lidx1*196)+(data3_*200704)+(Lidx0*12544));
          *(data0_401408+(alu1+49)) = (val2+val0[1]);
          *(data0_401408+(alu1+98)) = (val3+val0[2]);
          *(data0_401408+(alu1+147)) = (val4+val0[3]);
          *(data0_401408+(alu1+3136)) = (val5+val0[0]);
          *(data0_401408+(alu1+3185)) = (val6+val0[1]);
          *(data0_401408+(alu1+3234)) = (val7+val0[2]);
          *(data0_401408+(alu1+3283)) = (val8+val0[3]);
          *(data0_401408+(alu1+6272)) = (val9+val0[0]);
          *(data0_401408+(alu1+6321)) = (val10+val0[1]);
          *(data0_401408+(alu1+6370)) = (val11+val0[2]);
          *(data0_401408+(alu1+6419)) = (val12+val0[3]);
          *(data0_401408+(alu1+9408)) = (val13+val0[0]);
          *(data0_401408+(alu1+9457)) = (val14+val0[1]);
          *(data0_401408+(alu1+9506)) = (val15+val0[2]);
          *(data0_401408+(alu1+9555)) = (val16+val0[3]);
          *(data0_401408+alu1) = (val1+val0[0]);
        }
      }
    }
  }
}
