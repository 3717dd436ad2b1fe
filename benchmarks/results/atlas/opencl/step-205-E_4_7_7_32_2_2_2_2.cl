__kernel void E_4_7_7_32_2_2_2_2(__global float* data0_100352, __global float* data1_25088) {
  int gidx0 = get_group_id(0); /* 7 */
  int gidx1 = get_group_id(1); /* 7 */
  int gidx2 = get_group_id(2); /* 4 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  int alu0 = (lidx2+(gidx0<<1));
  int alu1 = (alu0+(gidx1*28)+(lidx1*14)+(gidx2*6272)+(lidx0*196));
  float val0 = (*(data1_25088+alu1));
  int alu2 = (alu0+(((lidx1+(gidx1<<1)+(gidx2*448)+(lidx0*14)+1791)%1792)*14));
  bool alu3 = (0<(gidx1+lidx1));
  float val1 = (alu3?*(data1_25088+alu2):0.0f);
  bool alu4 = (0<(gidx0+lidx2));
  float val2 = (alu4?*(data1_25088+(alu1+-1)):0.0f);
  float val3 = ((alu4&alu3)?*(data1_25088+(alu2+-1)):0.0f);
  *((__global float4*)((data0_100352+((gidx1*112)+(lidx1*56)+(gidx2*25088)+(lidx0*784)+(gidx0<<3)+(lidx2<<2))))) = (float4)(val3,val1,val2,val0);
}