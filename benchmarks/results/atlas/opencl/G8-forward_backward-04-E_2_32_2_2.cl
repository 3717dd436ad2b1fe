__kernel void E_2_32_2_2(__global float* data0_256, __global float* data1_1024) {
  int gidx0 = get_group_id(0); /* 2 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  float val0 = (*(data1_1024+((gidx0<<9)+(lidx0<<4)+(lidx1*-8)+(lidx2*-2)+11)));
  *(data0_256+(lidx2+(gidx0<<7)+(lidx0<<2)+(lidx1<<1))) = val0;
}