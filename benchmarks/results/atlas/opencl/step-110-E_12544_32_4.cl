__kernel void E_12544_32_4(__global float* data0_1605632, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 12544 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((__global float4*)((data1_1605632+alu0))));
  float alu1 = ((0.0f<val0.x)?val0.x:0.0f);
  float alu2 = ((0.0f<val0.y)?val0.y:0.0f);
  float alu3 = ((0.0f<val0.z)?val0.z:0.0f);
  float alu4 = ((0.0f<val0.w)?val0.w:0.0f);
  *((__global float4*)((data0_1605632+alu0))) = (float4)(alu1,alu2,alu3,alu4);
}