__kernel void E_64_8_2_2_16_4(__global float* data0_131072, __global float* data1_131072) {
  int gidx0 = get_group_id(0); /* 8 */
  int gidx1 = get_group_id(1); /* 64 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 16 */
  int alu0 = (lidx1+(lidx0<<2)+(gidx1<<4)+(gidx0<<14)+(lidx2<<10));
  float val0 = (*(data1_131072+alu0));
  float val1 = (*(data1_131072+(alu0+2)));
  float val2 = (*(data1_131072+(alu0+8)));
  float val3 = (*(data1_131072+(alu0+10)));
  *((__global float4*)((data0_131072+((gidx1<<11)+(lidx0<<10)+(lidx1<<9)+(gidx0<<6)+(lidx2<<2))))) = (float4)(val3,val2,val1,val0);
}