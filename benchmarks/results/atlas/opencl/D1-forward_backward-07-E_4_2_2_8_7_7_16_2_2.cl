__kernel void E_4_2_2_8_7_7_16_2_2(__global float* data0_401408, __global float* data1_115200) {
  int gidx0 = get_group_id(0); /* 784 */
  int gidx1 = get_group_id(1); /* 2 */
  int gidx2 = get_group_id(2); /* 4 */
  int lidx0 = get_local_id(0); /* 16 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 2 */
  int alu0 = (lidx2+((gidx0/112)<<1));
  int alu1 = (gidx0&1);
  int alu2 = ((gidx0>>4)%7);
  int alu3 = ((gidx0>>1)&7);
  float val0 = (*(data1_115200+(alu0+alu1+(lidx1*15)+(alu2*30)+(gidx1*15)+(gidx2*225)+(lidx0*900)+(alu3*14400))));
  *(data0_401408+(alu0+(lidx0*196)+(alu3*3136)+(lidx1*14)+(alu2*28)+(gidx1*50176)+(gidx2*100352)+(alu1*25088))) = val0;
}