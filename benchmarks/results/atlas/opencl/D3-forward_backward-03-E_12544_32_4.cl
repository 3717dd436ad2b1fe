__kernel void E_12544_32_4(__global float* data0_1605632, __global bool* data1_1605632, __global float* data2_1605632) {
  int gidx0 = get_group_id(0); /* 12544 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  bool val0 = (*(data1_1605632+(alu0+1)));
  bool val1 = (*(data1_1605632+(alu0+2)));
  bool val2 = (*(data1_1605632+(alu0+3)));
  bool val3 = (*(data1_1605632+alu0));
  float4 val4 = (*((__global float4*)((data2_1605632+alu0))));
  float alu1 = (val0?(1.4285714626312256f*val4.y):0.0f);
  float alu2 = (val1?(1.4285714626312256f*val4.z):0.0f);
  float alu3 = (val2?(1.4285714626312256f*val4.w):0.0f);
  float alu4 = (val3?(1.4285714626312256f*val4.x):0.0f);
  *((__global float4*)((data0_1605632+alu0))) = (float4)(alu4,alu1,alu2,alu3);
}