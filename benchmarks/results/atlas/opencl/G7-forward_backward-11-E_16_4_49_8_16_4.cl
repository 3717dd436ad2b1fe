__kernel void E_16_4_49_8_16_4(__global float* data0_1605632, __global float* data1_1605632, __global float* data2_64) {
  int gidx1 = get_group_id(1); /* 4 */
  int lidx1 = get_local_id(1); /* 16 */
  float val0 = (*(data2_64+(lidx1+(gidx1<<4))));
  int gidx0 = get_group_id(0); /* 49 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int alu0 = ((gidx1*3136)+(lidx1*196)+(gidx0<<2)+(gidx2*100352)+(lidx0*12544));
  float4 val1 = (*((__global float4*)((data1_1605632+alu0))));
  *((__global float4*)((data0_1605632+alu0))) = (float4)((val1.x+val0),(val1.y+val0),(val1.z+val0),(val1.w+val0));
}