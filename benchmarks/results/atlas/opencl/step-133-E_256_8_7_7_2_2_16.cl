__kernel void E_256_8_7_7_2_2_16(__global float* data0_6422528, __global float* data1_2097152) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 256 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 16 */
  int alu0 = (gidx0/7);
  int alu1 = (gidx0%7);
  float val0 = (*(data1_2097152+(lidx1+alu0+(lidx0<<3)+(alu1<<3)+(gidx2<<6)+(gidx1<<18)+(lidx2<<14))));
  *(data0_6422528+((gidx1*784)+(lidx2*49)+(alu1*7)+alu0+(gidx2*25088)+(lidx0*12544)+(lidx1*6272))) = val0;
}