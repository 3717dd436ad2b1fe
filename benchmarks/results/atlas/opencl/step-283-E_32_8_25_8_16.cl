__kernel void E_32_8_25_8_16(__global float* data0_819200, __global float* data1_819200) {
  int gidx0 = get_group_id(0); /* 25 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 32 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = ((gidx2*25600)+(lidx0*3200));
  float val0 = (*(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+alu0)));
  float val1 = (*(data1_819200+(lidx1+(gidx1<<4)+(gidx0*-128)+alu0+3072)));
  *(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+alu0)) = ((0.8999999761581421f*val0)+(0.10000000149011612f*val1));
}