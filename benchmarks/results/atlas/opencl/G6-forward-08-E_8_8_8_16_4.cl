__kernel void E_8_8_8_16_4(__global float* data0_32768, __global float* data1_131072) {
  int gidx0 = get_group_id(0); /* 8 */
  int gidx1 = get_group_id(1); /* 8 */
  int lidx0 = get_local_id(0); /* 8 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = ((gidx0<<14)+(lidx1<<10)+(gidx1<<7)+(lidx0<<4));
  float val0 = (*(data1_131072+(alu0+5)));
  float val1 = (*(data1_131072+(alu0+7)));
  float val2 = (*(data1_131072+(alu0+13)));
  float val3 = (*(data1_131072+(alu0+15)));
  *((__global float4*)((data0_32768+((gidx0<<6)+(lidx1<<2)+(gidx1<<12)+(lidx0<<9))))) = (float4)(val3,val2,val1,val0);
}