__kernel void E_16_8_49_8_16(__global float* data0_802816, __global float* data1_802816, __global float* data2_802816, __global float* data3_802816, __global float* data4_802816, __global float* data5_802816) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = ((gidx2*50176)+(lidx0*6272));
  int alu1 = (gidx0+(gidx1*784)+(lidx1*49)+alu0);
  float val0 = (*(data1_802816+alu1));
  int alu2 = (lidx1+(gidx1<<4)+(gidx0<<7)+alu0);
  float val1 = (*(data2_802816+alu2));
  float val2 = (*(data3_802816+alu2));
  float val3 = (*(data4_802816+alu2));
  float val4 = (*(data5_802816+alu2));
  float alu3 = ((0.0f<val0)?(val1+val2+val3+val4):0.0f);
  *(data0_802816+alu1) = alu3;
}