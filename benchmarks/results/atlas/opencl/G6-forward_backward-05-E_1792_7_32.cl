__kernel void E_1792_7_32(__global float* data0_401408, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 7 */
  int gidx1 = get_group_id(1); /* 1792 */
  int lidx0 = get_local_id(0); /* 32 */
  float val0 = (*(data1_1605632+((gidx1*896)+(lidx0*28)+(gidx0<<1)+1)));
  *(data0_401408+(gidx0+(gidx1*224)+(lidx0*7))) = val0;
}