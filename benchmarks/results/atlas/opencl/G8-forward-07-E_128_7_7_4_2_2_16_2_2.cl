__kernel void E_128_7_7_4_2_2_16_2_2(__global float* data0_6422528, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 28 */
  int gidx1 = get_group_id(1); /* 7 */
  int gidx2 = get_group_id(2); /* 128 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 16 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  int alu2 = (lidx1+(alu0<<1)+(gidx1*28)+(lidx0*14)+(lidx2*196)+(alu1*3136)+(gidx2*12544));
  float val0 = (*(data1_1605632+alu2));
  bool alu3 = (0<(gidx1+lidx0));
  bool alu4 = (0<(lidx1+alu0));
  float val1 = ((alu3&alu4)?*(data1_1605632+(alu2+-15)):0.0f);
  float val2 = (alu3?*(data1_1605632+(alu2+-14)):0.0f);
  float val3 = (alu4?*(data1_1605632+(alu2+-1)):0.0f);
  *((__global float4*)((data0_6422528+((gidx1*7168)+(lidx0*3584)+(gidx2*50176)+(lidx1<<8)+(alu0<<9)+(lidx2<<2)+(alu1<<6))))) = (float4)(val1,val2,val3,val0);
}