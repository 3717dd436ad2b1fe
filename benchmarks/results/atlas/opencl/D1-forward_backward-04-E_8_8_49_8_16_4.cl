__kernel void E_8_8_49_8_16_4(__global float* data0_1605632, __global float* data1_1605632) {
  int gidx0 = get_group_id(0); /* 49 */
  int gidx1 = get_group_id(1); /* 8 */
  int gidx2 = get_group_id(2); /* 8 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = (gidx0<<2);
  float4 val0 = (*((__global float4*)((data1_1605632+((gidx2*1568)+(lidx0*196)+alu0+(gidx1*200704)+(lidx1*12544))))));
  *((__global float4*)((data0_1605632+((gidx1*3136)+(lidx1*196)+alu0+(gidx2*200704)+(lidx0*25088))))) = val0;
}