__kernel void E_4_7_7_32_2_2(__global float* data0_25088, __global float* data1_115200, __global float* data2_100352) {
  int gidx0 = get_group_id(0); /* 7 */
  int gidx1 = get_group_id(1); /* 7 */
  int gidx2 = get_group_id(2); /* 4 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  float val0 = (*(data1_115200+((gidx0<<3)+(lidx2<<2)+(gidx1*120)+(lidx1*60)+(gidx2*28800)+(lidx0*900)+61)));
  float val1 = (*(data2_100352+((gidx0<<2)+(lidx2<<1)+(gidx1*112)+(lidx1*56)+(gidx2*25088)+(lidx0*784)+28)));
  float alu0 = (1/(1.0f+val1));
  *(data0_25088+(lidx2+(gidx0<<1)+(gidx1*28)+(lidx1*14)+(gidx2*6272)+(lidx0*196))) = (val0*alu0*(1.0f-alu0)*4.0f);
}