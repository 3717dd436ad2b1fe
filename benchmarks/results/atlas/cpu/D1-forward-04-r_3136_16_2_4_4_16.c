typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void r_3136_16_2_4_4_16(float* restrict data0_1605632, float* restrict data1_401408, float* restrict data2_1024, const int data3_) {
  for (int Lidx1 = 0; Lidx1 < 3136; Lidx1++) {
    int alu0 = ((data3_*200704)+(Lidx1<<6));
    float4 val0 = (*((float4*)((data1_401408+(alu0+4)))));
    float4 val1 = (*((float4*)((data1_401408+(alu0+8)))));
    float4 val2 = (*((float4*)((data1_401408+(alu0+12)))));
    float4 val3 = (*((float4*)((data1_401408+(alu0+16)))));
    float4 val4 = (*((float4*)((data1_401408+(alu0+20)))));
    float4 val5 = (*((float4*)((data1_401408+(alu0+24)))));
    float4 val6 = (*((float4*)((data1_401408+(alu0+28)))));
    float4 val7 = (*((float4*)((data1_401408+(alu0+32)))));
    float4 val8 = (*((float4*)((data1_401408+(alu0+36)))));
    float4 val9 = (*((float4*)((data1_401408+(alu0+40)))));
    float4 val10 = (*((float4*)((data1_401408+(alu0+44)))));
    float4 val11 = (*((float4*)((data1_401408+(alu0+48)))));
    float4 val12 = (*((float4*)((data1_401408+(alu0+52)))));
    float4 val13 = (*((float4*)((data1_401408+(alu0+56)))));
    float4 val14 = (*((float4*)((data1_401408+(alu0+60)))));
    float4 val15 = (*((float4*)((data1_401408+alu0))));
    for (int Lidx2 = 0; Lidx2 < 16; Lidx2++) {
      int alu1 = (Lidx2<<6);
      float4 val16 = (*((float4*)((data2_1024+(alu1+4)))));
      float4 val17 = (*((float4*)((data2_1024+(alu1+8)))));
      float4 val18 = (*((float4*)((data2_1024+(alu1+12)))));
      float4 val19 = (*((float4*)((data2_1024+(alu1+16)))));
      float4 val20 = (*((float4*)((data2_1024+(alu1+20)))));
      float4 val21 = (*((float4*)((data2_1024+(alu1+24)))));
      float4 val22 = (*((float4*)((data2_1024+(alu1+28)))));
      float4 val23 = (*((float4*)((data2_1024+(alu1+32)))));
      float4 val24 = (*((float4*)((data2_1024+(alu1+36)))));
      float4 val25 = (*((float4*)((data2_1024+(alu1+40)))));
      float4 val26 = (*((float4*)((data2_1024+(alu1+44)))));
      float4 val27 = (*((float4*)((data2_1024+(alu1+48)))));
      float4 val28 = (*((float4*)((data2_1024+(alu1+52)))));
      float4 val29 = (*((float4*)((data2_1024+(alu1+56)))));
      float4 val30 = (*((float4*)((data2_1024+(alu1+60)))));
      float4 val31 = (*((float4*)((data2_1024+alu1))));
      int alu2 = ((data3_*802816)+(Lidx1<<8)+(Lidx2<<2));
      *((float4*)((data0_1605632+(alu2+64)))) = (float4){((val3[0]*val31[0])+(val3[1]*val31[1])+(val3[2]*val31[2])+(val3[3]*val31[3])+(val4[0]*val16[0])+(val4[1]*val16[1])+(val4[2]*val16[2])+(val4[3]*val16[3])+(val5[0]*val17[0])+(val5[1]*val17[1])+(val5[2]*val17[2])+(val5[3]*val17[3])+(val6[0]*val18[0])+(val6[1]*val18[1])+(val6[2]*val18[2])+(val6[3]*val18[3])),((val3[0]*val19[0])+(val3[1]*val19[1])+(val3[2]*val19[2])+(val3[3]*val19[3])+(val4[0]*val20[0])+(val4[1]*val20[1])+(val4[2]*val20[2])+(val4[3]*val20[3])+(val5[0]*val21[0])+(val5[1]*val21[1])+(val5[2]*val21[2])+(val5[3]*val21[3])+(val6[0]*val22[0])+(val6[1]*val22[1])+(val6[2]*val22[2])+(val6[3]*val22[3])),((val3[0]*val23[0])+(val3[1]*val23[1])+(val3[2]*val23[2])+(val3[3]*val23[3])+(val4[0]*val24[0])+(val4[1]*val24[1])+(val4[2]*val24[2])+(val4[3]*val24[3])+(val5[0]*val25[0])+(val5[1]*val25[1])+(val5[2]*val25[2])+(val5[3]*val25[3])+(val6[0]*val26[0])+(val6[1]*val26[1])+(val6[2]*val26[2])+(val6[3]*val26[3])),((val3[0]*val27[0])+(val3[1]*val27[1])+(val3[2]*val27[2])+(val3[3]*val27[3])+(val4[0]*val28[0])+(val4[1]*val28[1])+(val4[2]*val28[2])+(val4[3]*val28[3])+(val5[0]*val29[0])+(val5[1]*val29[1])+(val5[2]*val29[2])+(val5[3]*val29[3])+(val6[0]*val30[0])+(val6[1]*val30[1])+(val6[2]*val30[2])+(val6[3]*val30[3]))};
      *((float4*)((data0_1605632+(alu2+128)))) = (float4){((val7[0]*val31[0])+(val7[1]*val31[1])+(val7[2]*val31[2])+(val7[3]*val31[3])+(val8[0]*val16[0])+(val8[1]*val16[1])+(val8[2]*val16[2])+(val8[3]*val16[3])+(val9[0]*val17[0])+(val9[1]*val17[1])+(val9[2]*val17[2])+(val9[3]*val17[3])+(val10[0]*val18[0])+(val10[1]*val18[1])+(val10[2]*val18[2])+(val10[3]*val18[3])),((val7[0]*val19[0])+(val7[1]*val19[1])+(val7[2]*val19[2])+(val7[3]*val19[3])+(val8[0]*val20[0])+(val8[1]*val20[1])+(val8[2]*val20[2])+(val8[3]*val20[3])+(val9[0]*val21[0])+(val9[1]*val21[1])+(val9[2]*val21[2])+(val9[3]*val21[3])+(val10[0]*val22[0])+(val10[1]*val22[1])+(val10[2]*val22[2])+(val10[3]*val22[3])),((val7[0]*val23[0])+(val7[1]*val23[1])+(val7[2]*val23[2])+(val7[3]*val23[3])+(val8[0]*val24[0])+(val8[1]*val24[1])+(val8[2]*val24[2])+(val8[3]*val24[3])+(val9[0]*val25[0])+(val9[1]*val25[1])+(val9[2]*val25[2])+(val9[3]*val25[3])+(val10[0]*val26[0])+(val10[1]*val26[1])+(val10[2]*val26[2])+(val10[3]*val26[3])),((val7[0]*val27[0])+(val7[1]*val27[1])+(val7[2]*val27[2])+(val7[3]*val27[3])+(val8[0]*val28[0])+(val8[1]*val28[1])+(val8[2]*val28[2])+(val8[3]*val28[3])+(val9[0]*val29[0])+(val9[1]*val29[1])+(val9[2]*val29[2])+(val9[3]*val29[3])+(val10[0]*val30[0])+(val10[1]*val30[1])+(val10[2]*val30[2])+(val10[3]*val30[3]))};
      *((float4*)((data0_1605632+(alu2+192)))) = (float4){((val11[0]*val31[0])+(val11[1]*val31[1])+(val11[2]*val31[2])+(val11[3]*val31[3])+(val12[0]*val16[0])+(val12[1]*val16[1])+(val12[2]*val16[2])+(val12[3]*val16[3])+(val13[0]*val17[0])+(val13[1]*val17[1])+(val13[2]*val17[2])+(val13[3]*val17[3])+(val14[0]*val18[0])+(val14[1]*val18[1])+(val14[2]*val18[2])+(val14[3]*val18[3])),((val11[0]*val19[0])+(val11[1]*val19[1])+(val11[2]*val19[2])+(val11[3]*val19[3])+(val12[0]*val20[0])+(val12[1]*val20[1])+(val12[2]*val20[2])+(val12[3]*val20[3])+(val13[0]*val21[0])+(val13[1]*val21[1])+(val13[2]*val21[2])+(val13[3]*val21[3])+(val14[0]*val22[0])+(val14[1]*val22[1])+(val14[2]*val22[2])+(val14[3]*val22[3])),((val11[0]*val23[0])+(val11[1]*val23[1])+(val11[2]*val23[2])+(val11[3]*val23[3])+(val12[0]*val24[0])+(val12[1]*val24[1])+(val12[2]*val24[2])+(val12[3]*val24[3])+(val13[0]*val25[0])+(val13[1]*val25[1])+(val13[2]*val25[2])+(val13[3]*val25[3])+(val14[0]*val26[0])+(val14[1]*val26[1])+(val14[2]*val26[2])+(val14[3]*val26[3])),((val11[0]*val27[0])+(val11[1]*val27[1])+(val11[2]*val27[2])+(val11[3]*val27[3])+(val12[0]*val28[0])+(val12[1]*val28[1])+(val12[2]*val28[2])+(val12[3]*val28[3])+(val13[0]*val29[0])+(val13[1]*val29[1])+(val13[2]*val29[2])+(val13[3]*val29[3])+(val14[0]*val30[0])+(val14[1]*val30[1])+(val14[2]*val30[2])+(val14[3]*val30[3]))};
      *((float4*)((data0_1605632+alu2))) = (float4){((val15[0]*val31[0])+(val15[1]*val31[1])+(val15[2]*val31[2])+(val15[3]*val31[3])+(val0[0]*val16[0])+(val0[1]*val16[1])+(val0[2]*val16[2])+(val0[3]*val16[3])+(val1[0]*val17[0])+(val1[1]*val17[1])+(val1[2]*val17[2])+(val1[3]*val17[3])+(val2[0]*val18[0])+(val2[1]*val18[1])+(val2[2]*val18[2])+(val2[3]*val18[3])),((val15[0]*val19[0])+(val15[1]*val19[1])+(val15[2]*val19[2])+(val15[3]*val19[3])+(val0[0]*val20[0])+(val0[1]*val20[1])+(val0[2]*val20[2])+(val0[3]*val20[3])+(val1[0]*val21[0])+(val1[1]*val21[1])+(val1[2]*val21[2])+(val1[3]*val21[3])+(val2[0]*val22[0])+(val2[1]*val22[1])+(val2[2]*val22[2])+(val2[3]*val22[3])),((val15[0]*val23[0])+(val15[1]*val23[1])+(val15[2]*val23[2])+(val15[3]*val23[3])+(val0[0]*val24[0])+(val0[1]*val24[1])+(val0[2]*val24[2])+(val0[3]*val24[3])+(val1[0]*val25[0])+(val1[1]*val25[1])+(val1[2]*val25[2])+(val1[3]*val25[3])+(val2[0]*val26[0])+(val2[1]*val26[1])+(val2[2]*val26[2])+(val2[3]*val26[3])),((val15[0]*val27[0])+(val15[1]*val27[1])+(val15[2]*val27[2])+(val15[3]*val27[3])+(val0[0]*val28[0])+(val0[1]*val28[1])+(val0[2]*val28[2])+(val0[3]*val28[3])+(val1[0]*val29[0])+(val1[1]*val29[1])+(val1[2]*val29[2])+(val1[3]*val29[3])+(val2[0]*val30[0])+(val2[1]*val30[1])+(val2[2]*val30[2])+(val2[3]*val30[3]))};
    }
  }
}
