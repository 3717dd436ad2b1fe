__kernel void E_4096_2_8_8_2_2(__global float* data0_2097152, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 4096 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 8 */
  int lidx2 = get_local_id(2); /* 8 */
  int alu0 = ((gidx0*392)+(lidx0*196)+(lidx1*28)+(lidx2<<1));
  bool alu1 = (0<lidx1);
  bool alu2 = (0<lidx2);
  float val0 = ((alu2&alu1)?*(data1_1605632+(alu0+-15)):0.0f);
  bool alu3 = (lidx2<7);
  float val1 = ((alu3&alu1)?*(data1_1605632+(alu0+-14)):0.0f);
  bool alu4 = (lidx1<7);
  float val2 = ((alu2&alu4)?*(data1_1605632+(alu0+-1)):0.0f);
  float val3 = ((alu3&alu4)?*(data1_1605632+alu0):0.0f);
  int alu5 = (lidx2+(gidx0<<9)+(lidx0<<8)+(lidx1<<3));
  *(data0_2097152+alu5) = val0;
  *(data0_2097152+(alu5+64)) = val1;
  *(data0_2097152+(alu5+128)) = val2;
  *(data0_2097152+(alu5+192)) = val3;
}