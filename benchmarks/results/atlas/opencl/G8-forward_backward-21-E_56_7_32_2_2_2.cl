__kernel void E_56_7_32_2_2_2(__global float* data0_100352, __global float* data1_100352, __global float* data2_25088, __global float* data3_25088, __global float* data4_25088, __global float* data5_25088) {
  int gidx0 = get_group_id(0); /* 7 */
  int gidx1 = get_group_id(1); /* 56 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 2 */
  int alu0 = (lidx1+(gidx0<<1)+(gidx1*448)+(lidx0*14));
  float val0 = (*(data2_25088+alu0));
  float val1 = (*(data3_25088+alu0));
  float val2 = (*(data4_25088+alu0));
  float val3 = (*(data5_25088+alu0));
  int alu1 = ((gidx0<<2)+(lidx1<<1));
  int alu2 = (alu1+(gidx1*1792)+(lidx0*56));
  float2 val4 = (*((__global float2*)((data1_100352+(alu2+28)))));
  float2 val5 = (*((__global float2*)((data1_100352+alu2))));
  float alu3 = (1/(1.0f+exp2((val0*-2.885390043258667f))));
  float alu4 = (1/(1.0f+exp2((val1*-2.885390043258667f))));
  float alu5 = (1/(1.0f+exp2((val2*-2.885390043258667f))));
  float alu6 = (1/(1.0f+exp2((val3*-2.885390043258667f))));
  int alu7 = (alu1+(gidx1*896)+(lidx0*28));
  *((__global float2*)((data0_100352+(alu7+50176)))) = (float2)((val4.x*alu4*(1.0f-alu4)*4.0f),(val4.y*alu3*(1.0f-alu3)*4.0f));
  *((__global float2*)((data0_100352+alu7))) = (float2)((val5.x*alu6*(1.0f-alu6)*4.0f),(val5.y*alu5*(1.0f-alu5)*4.0f));
}