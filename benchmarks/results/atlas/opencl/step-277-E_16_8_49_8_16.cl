__kernel void E_16_8_49_8_16(__global float* data0_802816, __global float* data1_802816) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  float val0 = (*(data1_802816+(gidx0+(gidx2*392)+(lidx0*49)+(gidx1*100352)+(lidx1*6272))));
  *(data0_802816+(gidx0+(gidx1*784)+(lidx1*49)+(gidx2*50176)+(lidx0*6272))) = val0;
}