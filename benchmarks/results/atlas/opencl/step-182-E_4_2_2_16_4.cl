__kernel void E_4_2_2_16_4(__global float* data0_1024, __global float* data1_1024) {
  int gidx0 = get_group_id(0); /* 4 */
  int lidx0 = get_local_id(0); /* 2 */
  int lidx1 = get_local_id(1); /* 2 */
  int lidx2 = get_local_id(2); /* 16 */
  int alu0 = (lidx1+(lidx0<<2)+(gidx0<<8)+(lidx2<<4));
  float val0 = (*(data1_1024+alu0));
  float val1 = (*(data1_1024+(alu0+2)));
  float val2 = (*(data1_1024+(alu0+8)));
  float val3 = (*(data1_1024+(alu0+10)));
  *((__global float4*)((data0_1024+((gidx0<<6)+(lidx2<<2)+(lidx0<<9)+(lidx1<<8))))) = (float4)(val3,val2,val1,val0);
}