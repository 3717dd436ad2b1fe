__kernel void E_16_16_25_8_16(__global float* data0_819200, __global float* data1_819200) {
  int gidx0 = get_group_id(0); /* 25 */
  int gidx1 = get_group_id(1); /* 16 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  float val0 = (*(data1_819200+((((gidx2*200)+(lidx0*25))-gidx0)+(gidx1*51200)+(lidx1*3200)+24)));
  *(data0_819200+(gidx0+(gidx1*400)+(lidx1*25)+(gidx2*51200)+(lidx0*6400))) = val0;
}