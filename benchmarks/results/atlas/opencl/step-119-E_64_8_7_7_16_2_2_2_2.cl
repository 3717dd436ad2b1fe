__kernel void E_64_8_7_7_16_2_2_2_2(__global float* data0_6422528, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 64 */
  int lidx0 = get_local_id(0); /* 16 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  int alu0 = (gidx0/7);
  int alu1 = (lidx2+(alu0<<1));
  int alu2 = (gidx0%7);
  int alu3 = ((lidx1*14)+(alu2*28));
  int alu4 = (alu1+alu3+(gidx2*196)+(gidx1*200704)+(lidx0*12544));
  float val0 = (*(data1_1605632+alu4));
  bool alu5 = (0<(lidx1+alu2));
  bool alu6 = (0<(lidx2+alu0));
  float val1 = ((alu5&alu6)?*(data1_1605632+(alu4+-15)):0.0f);
  float val2 = (alu5?*(data1_1605632+(alu4+-14)):0.0f);
  float val3 = (alu6?*(data1_1605632+(alu4+-1)):0.0f);
  int alu7 = (alu1+(gidx1*3136)+(lidx0*196)+alu3+(gidx2*100352));
  *(data0_6422528+alu7) = val1;
  *(data0_6422528+(alu7+25088)) = val2;
  *(data0_6422528+(alu7+50176)) = val3;
  *(data0_6422528+(alu7+75264)) = val0;
}