__kernel void E_128_8_8_8_16_2_2(__global float* data0_4194304, __global float* data1_802816) {
  int gidx0 = get_group_id(0); /* 8 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 128 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = (lidx0+(gidx1*7)+(gidx0*784)+(lidx1*49)+(gidx2*6272));
  bool alu1 = (gidx1<7);
  bool alu2 = (lidx0<7);
  float val0 = ((alu1&alu2)?*(data1_802816+alu0):0.0f);
  bool alu3 = (0<gidx1);
  bool alu4 = (0<lidx0);
  float val1 = ((alu3&alu4)?*(data1_802816+(alu0+-8)):0.0f);
  float val2 = ((alu3&alu2)?*(data1_802816+(alu0+-7)):0.0f);
  float val3 = ((alu1&alu4)?*(data1_802816+(alu0+-1)):0.0f);
  *((__global float4*)((data0_4194304+((gidx1<<12)+(gidx2<<15)+(lidx0<<9)+(gidx0<<6)+(lidx1<<2))))) = (float4)(val1,val2,val3,val0);
}