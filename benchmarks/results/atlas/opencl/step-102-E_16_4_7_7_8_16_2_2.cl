__kernel void E_16_4_7_7_8_16_2_2(__global float* data0_1605632, __global float* data1_401408, __global float* data2_401408, __global float* data3_401408, __global float* data4_401408) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 4 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = (gidx0%7);
  int alu1 = (gidx0/7);
  int alu2 = (lidx1+(gidx1<<4)+(gidx2*25088)+(lidx0*3136)+(alu1<<6)+(alu0*448));
  float val0 = (*(data1_401408+alu2));
  float val1 = (*(data2_401408+alu2));
  float val2 = (*(data3_401408+alu2));
  float val3 = (*(data4_401408+alu2));
  int alu3 = ((gidx1*3136)+(lidx1*196)+(alu1<<1)+(alu0*28)+(gidx2*100352)+(lidx0*12544));
  *((__global float2*)((data0_1605632+(alu3+14)))) = (float2)(val1,val0);
  *((__global float2*)((data0_1605632+alu3))) = (float2)(val3,val2);
}