__kernel void E_128_14_14_4_2_2(__global float* data0_401408, __global float* data1_115200) {
  int gidx0 = get_group_id(0); /* 14 */
  int gidx1 = get_group_id(1); /* 14 */
  int gidx2 = get_group_id(2); /* 128 */
  int lidx0 = get_local_id(0); /* 4 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  float val0 = (*(data1_115200+(gidx0+lidx2+(gidx1*15)+(lidx1*15)+(lidx0*225)+(gidx2*900))));
  *(data0_401408+(lidx2+(lidx0<<2)+(lidx1<<1)+(gidx1*224)+(gidx2*3136)+(gidx0<<4))) = val0;
}