__kernel void E_512_32_2(__global float* data0_32768, __global float* data1_131072) {
  int gidx0 = get_group_id(0); /* 512 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 2 */
  float val0 = (*(data1_131072+((gidx0<<8)+(lidx0<<3)+(lidx1<<1))));
  *(data0_32768+(lidx1+(gidx0<<6)+(lidx0<<1))) = val0;
}