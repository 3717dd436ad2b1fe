__kernel void E_128_7_7_16_16_2_2(__global float* data0_6422528, __global float* data1_2097152) {
  int gidx0 = get_group_id(0); /* 112 */
  int gidx1 = get_group_id(1); /* 7 */
  int gidx2 = get_group_id(2); /* 128 */
  int lidx0 = get_local_id(0); /* 16 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  float val0 = (*(data1_2097152+(lidx2+alu0+(gidx1<<3)+(lidx1<<3)+(lidx0<<6)+(alu1<<10)+(gidx2<<14))));
  *(data0_6422528+(lidx2+(lidx0<<2)+(alu1<<6)+(lidx1<<1)+(gidx1*7168)+(gidx2*50176)+(alu0<<10))) = val0;
}