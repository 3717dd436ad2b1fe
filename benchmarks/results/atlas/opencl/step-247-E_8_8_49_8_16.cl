__kernel void E_8_8_49_8_16(__global float* data0_401408, __global float* data1_401408) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 8 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  float val0 = (*(data1_401408+(gidx0+(gidx2*392)+(lidx0*49)+(gidx1*50176)+(lidx1*3136))));
  *(data0_401408+(gidx0+(gidx1*784)+(lidx1*49)+(gidx2*50176)+(lidx0*6272))) = val0;
}