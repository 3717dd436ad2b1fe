__kernel void E_16_4_49_8_16_4(__global float* data0_1605632, __global float* data1_1605632, __global float* data2_64) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 4 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = (lidx1+(gidx1<<4));
  int alu1 = ((gidx2*100352)+(lidx0*12544));
  int alu2 = (alu0+alu1+(gidx0<<8));
  float val0 = (*(data1_1605632+alu2));
  float val1 = (*(data1_1605632+(alu2+64)));
  float val2 = (*(data1_1605632+(alu2+128)));
  float val3 = (*(data1_1605632+(alu2+192)));
  float val4 = (*(data2_64+alu0));
  *((__global float4*)((data0_1605632+((gidx1*3136)+(lidx1*196)+(gidx0<<2)+alu1)))) = (float4)((val0+val4),(val1+val4),(val2+val4),(val3+val4));
}