__kernel void E_64_2_2_2_2(__global float* data0_1024, __global float* data1_1024) {
  int gidx0 = get_group_id(0); /* 2 */
  int gidx1 = get_group_id(1); /* 64 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  int alu0 = (gidx1<<4);
  float val0 = (*(data1_1024+(lidx0+(lidx2<<1)+(gidx0<<2)+(lidx1<<3)+alu0)));
  *(data0_1024+(lidx2+(gidx0<<3)+(lidx0<<2)+(lidx1<<1)+alu0)) = val0;
}