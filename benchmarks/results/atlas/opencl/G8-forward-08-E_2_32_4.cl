__kernel void E_2_32_4(__global float* data0_256, __global float* data1_1024) {
  int gidx0 = get_group_id(0); /* 2 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<9)+(lidx0<<4));
  float val0 = (*(data1_1024+(alu0+5)));
  float val1 = (*(data1_1024+(alu0+7)));
  float val2 = (*(data1_1024+(alu0+13)));
  float val3 = (*(data1_1024+(alu0+15)));
  *((__global float4*)((data0_256+((gidx0<<7)+(lidx0<<2))))) = (float4)(val3,val2,val1,val0);
}