
void E_128_128_7_7_2_5_5(float* restrict data0_40140800, float* restrict data1_1605632, const int data2_) {
  for (int Lidx0_0_0 = 0; Lidx0_0_0 < 128; Lidx0_0_0++) {
    for (int Lidx1_0_0 = 0; Lidx1_0_0 < 128; Lidx1_0_0++) {
      for (int Lidx1_0_1 = 0; Lidx1_0_1 < 7; Lidx1_0_1++) {
        int alu0 = (Lidx1_0_1*7);
        _Bool alu1 = (0<Lidx1_0_1);
        _Bool alu2 = (1<Lidx1_0_1);
        _Bool alu3 = (Lidx1_0_1<5);
        _Bool alu4 = (Lidx1_0_1<6);
        for (int Lidx1_1 = 0; Lidx1_1 < 7; Lidx1_1++) {
          int alu5 = ((data2_*6272)+(Lidx0_0_0*49)+alu0+Lidx1_1+(Lidx1_0_0*12544));
          _Bool alu6 = (1<Lidx1_1);
          float val0 = ((alu6&alu2)?*(data1_1605632+(alu5+-16)):0.0f);
          _Bool alu7 = (0<Lidx1_1);
          float val1 = ((alu7&alu2)?*(data1_1605632+(alu5+-15)):0.0f);
          float val2 = (alu2?*(data1_1605632+(alu5+-14)):0.0f);
          _Bool alu8 = (Lidx1_1<6);
          float val3 = ((alu8&alu2)?*(data1_1605632+(alu5+-13)):0.0f);
          _Bool alu9 = (Lidx1_1<5);
          float val4 = ((alu9&alu2)?*(data1_1605632+(alu5+-12)):0.0f);
          float val5 = ((alu6&alu1)?*(data1_1605632+(alu5+-9)):0.0f);
          float val6 = ((alu7&alu1)?*(data1_1605632+(alu5+-8)):0.0f);
          float val7 = (alu1?*(data1_1605632+(alu5+-7)):0.0f);
          float val8 = ((alu8&alu1)?*(data1_1605632+(alu5+-6)):0.0f);
          float val9 = ((alu9&alu1)?*(data1_1605632+(alu5+-5)):0.0f);
          float val10 = (alu6?*(data1_1605632+(alu5+-2)):0.0f);
          float val11 = (alu7?*(data1_1605632+(alu5+-1)):0.0f);
          float val12 = (alu8?*(data1_1605632+(alu5+1)):0.0f);
          float val13 = (alu9?*(data1_1605632+(alu5+2)):0.0f);
          float val14 = ((alu6&alu4)?*(data1_1605632+(alu5+5)):0.0f);
          float val15 = ((alu7&alu4)?*(data1_1605632+(alu5+6)):0.0f);
          float val16 = (alu4?*(data1_1605632+(alu5+7)):0.0f);
          float val17 = ((alu8&alu4)?*(data1_1605632+(alu5+8)):0.0f);
          float val18 = ((alu9&alu4)?*(data1_1605632+(alu5+9)):0.0f);
          float val19 = ((alu6&alu3)?*(data1_1605632+(alu5+12)):0.0f);
          float val20 = ((alu7&alu3)?*(data1_1605632+(alu5+13)):0.0f);
          float val21 = (alu3?*(data1_1605632+(alu5+14)):0.0f);
          float val22 = ((alu8&alu3)?*(data1_1605632+(alu5+15)):0.0f);
          float val23 = ((alu9&alu3)?*(data1_1605632+(alu5+16)):0.0f);
          float val24 = (*(data1_1605632+alu5));
          int alu10 = ((Lidx1_0_0*49)+alu0+Lidx1_1+(data2_*20070400)+(Lidx0_0_0*156800));
          *(data0_40140800+(alu10+6272)) = val1;
          *(data0_40140800+(alu10+12544)) = val2;
          *(data0_40140800+(alu10+18816)) = val3;
          *(data0_40140800+(alu10+25088)) = val4;
          *(data0_40140800+(alu10+31360)) = val5;
          *(data0_40140800+(alu10+37632)) = val6;
          *(data0_40140800+(alu10+43904)) = val7;
          *(data0_40140800+(alu10+50176)) = val8;
          *(data0_40140800+(alu10+56448)) = val9;
          *(data0_40140800+(alu10+62720)) = val10;
          *(data0_40140800+(alu10+68992)) = val11;
          *(data0_40140800+(alu10+75264)) = val24;
          *(data0_40140800+(alu10+81536)) = val12;
          *(data0_40140800+(alu10+87808)) = val13;
          *(data0_40140800+(alu10+94080)) = val14;
          *(data0_40140800+(alu10+100352)) = val15;
          *(data0_40140800+(alu10+106624)) = val16;
          *(data0_40140800+(alu10+112896)) = val17;
          *(data0_40140800+(alu10+119168)) = val18;
          *(data0_40140800+(alu10+125440)) = val19;
          *(data0_40140800+(alu10+131712)) = val20;
          *(data0_40140800+(alu10+137984)) = val21;
          *(data0_40140800+(alu10+144256)) = val22;
          *(data0_40140800+(alu10+150528)) = val23;
          *(data0_40140800+alu10) = val0;
        }
      }
    }
  }
}
