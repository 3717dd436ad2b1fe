__kernel void E_128_64_2_2_2_2(__global float* data0_131072, __global float* data1_131072, __global float* data2_131072) {
  int gidx0 = get_group_id(0); /* 2 */
  int gidx1 = get_group_id(1); /* 64 */
  int gidx2 = get_group_id(2); /* 128 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  float val0 = (*(data0_131072+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4)+(gidx2<<10))));
  int alu0 = (gidx2+(lidx1<<7)+(gidx0<<8)+(lidx0<<10)+(lidx2<<9)+(gidx1<<11));
  float val1 = (*(data1_131072+alu0));
  float val2 = (*(data2_131072+alu0));
  *(data0_131072+(lidx2+(lidx1<<1)+(gidx0<<3)+(lidx0<<2)+(gidx1<<4)+(gidx2<<10))) = ((0.8999999761581421f*val0)+(0.10000000149011612f*(val1+val2)));
}