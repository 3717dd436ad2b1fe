__kernel void E_56_7_32_2_2_2(__global float* data0_100352, __global float* data1_25088, __global float* data2_25088, __global float* data3_25088, __global float* data4_25088) {
  int gidx0 = get_group_id(0); /* 7 */
  int gidx1 = get_group_id(1); /* 56 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 2 */
  int alu0 = (lidx1+(gidx0<<1)+(gidx1*448)+(lidx0*14));
  float val0 = (*(data1_25088+alu0));
  float val1 = (*(data2_25088+alu0));
  float val2 = (*(data3_25088+alu0));
  float val3 = (*(data4_25088+alu0));
  int alu1 = ((gidx0<<2)+(lidx1<<1)+(gidx1*1792)+(lidx0*56));
  *((__global float2*)((data0_100352+(alu1+28)))) = (float2)(exp2((val1*-2.885390043258667f)),exp2((val0*-2.885390043258667f)));
  *((__global float2*)((data0_100352+alu1))) = (float2)(exp2((val3*-2.885390043258667f)),exp2((val2*-2.885390043258667f)));
}