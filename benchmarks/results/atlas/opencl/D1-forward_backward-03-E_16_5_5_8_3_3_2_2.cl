__kernel void E_16_5_5_8_3_3_2_2(__global float* data0_115200, __global float* data1_100352) {
  int gidx0 = get_group_id(0); /* 5 */
  int gidx1 = get_group_id(1); /* 5 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 3 */
  int lidx2 = get_local_id(2); /* 3 */
  int alu0 = ((gidx0*6)+(lidx2<<1)+(gidx1*168)+(lidx1*56)+(gidx2*6272)+(lidx0*784));
  bool alu1 = (0<(gidx0+lidx2));
  bool alu2 = (0<(gidx1+lidx1));
  float val0 = ((alu1&alu2)?*(data1_100352+(alu0+-29)):0.0f);
  int alu3 = (lidx2+(gidx0*3));
  bool alu4 = (alu3<14);
  float val1 = ((alu4&alu2)?*(data1_100352+(alu0+-28)):0.0f);
  bool alu5 = ((lidx1+(gidx1*3))<14);
  float val2 = ((alu1&alu5)?*(data1_100352+(alu0+-1)):0.0f);
  float val3 = ((alu4&alu5)?*(data1_100352+alu0):0.0f);
  int alu6 = (alu3+(gidx1*45)+(lidx1*15)+(gidx2*7200)+(lidx0*900));
  *(data0_115200+alu6) = val0;
  *(data0_115200+(alu6+225)) = val1;
  *(data0_115200+(alu6+450)) = val2;
  *(data0_115200+(alu6+675)) = val3;
}