__kernel void E_64_8_16_2_2(__global float* data0_32768, __global float* data1_131072) {
  int gidx0 = get_group_id(0); /* 8 */
  int gidx1 = get_group_id(1); /* 64 */
  int lidx0 = get_local_id(0); /* 16 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  float val0 = (*(data1_131072+((lidx1*-8)+(lidx2*-2)+(gidx1<<4)+(gidx0<<14)+(lidx0<<10)+11)));
  *(data0_32768+(lidx2+(gidx0<<6)+(lidx0<<2)+(lidx1<<1)+(gidx1<<9))) = val0;
}