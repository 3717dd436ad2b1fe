__kernel void E_8192_2_2_2_2(__global float* data0_131072, __global float* data1_131072) {
  int gidx0 = get_group_id(0); /* 2 */
  int gidx1 = get_group_id(1); /* 8192 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  int alu0 = (gidx1<<4);
  float val0 = (*(data1_131072+(lidx0+alu0+(lidx2<<1)+(gidx0<<2)+(lidx1<<3))));
  *(data0_131072+(lidx2+(gidx0<<3)+alu0+(lidx0<<2)+(lidx1<<1))) = val0;
}