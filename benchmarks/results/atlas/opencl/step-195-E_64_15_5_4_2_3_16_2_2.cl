__kernel void E_64_15_5_4_2_3_16_2_2(__global float* data0_7372800, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 20 */
  int gidx1 = get_group_id(1); /* 15 */
  int gidx2 = get_group_id(2); /* 64 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 3 */
  int lidx2 = get_local_id(2); /* 16 */
  int alu0 = (gidx0%5);
  int alu1 = (lidx1+(alu0*3));
  int alu2 = (gidx0/5);
  int alu3 = (alu1+(gidx1*14)+(lidx2*196)+(alu2*3136)+(gidx2*25088)+(lidx0*12544));
  bool alu4 = (gidx1<14);
  bool alu5 = (alu1<14);
  float val0 = ((alu5&alu4)?*(data1_1605632+alu3):0.0f);
  bool alu6 = (0<gidx1);
  bool alu7 = (0<(lidx1+alu0));
  float val1 = ((alu7&alu6)?*(data1_1605632+(alu3+-15)):0.0f);
  float val2 = ((alu5&alu6)?*(data1_1605632+(alu3+-14)):0.0f);
  float val3 = ((alu7&alu4)?*(data1_1605632+(alu3+-1)):0.0f);
  *((__global float4*)((data0_7372800+((gidx2*115200)+(lidx0*57600)+(gidx1*3840)+(lidx1<<8)+(alu0*768)+(lidx2<<2)+(alu2<<6))))) = (float4)(val1,val2,val3,val0);
}