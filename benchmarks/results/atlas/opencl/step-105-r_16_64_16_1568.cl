__kernel void r_16_64_16_1568(__global float* data0_1024, __global float* data1_401408, __global float* data2_1605632) {
  float buf0[1];
  float buf1[1];
  __attribute__ ((aligned (16))) __local float buf2[16];
  int gidx0 = get_group_id(0); /* 64 */
  int gidx1 = get_group_id(1); /* 16 */
  int lidx0 = get_local_id(0); /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 1568; Ridx0++) {
    int alu1 = ((lidx0*1568)+Ridx0);
    float val0 = (*(data1_401408+(alu1+(gidx1*25088))));
    float val1 = (*(data2_1605632+(alu1+(gidx0*25088))));
    *(buf0+0) = ((*(buf0+0))+(val0*val1));
  }
  *(buf2+lidx0) = (*(buf0+0));
  barrier(CLK_LOCAL_MEM_FENCE);
  *(buf1+0) = 0.0f;
  for (int Ridx103 = 0; Ridx103 < 16; Ridx103++) {
    float val2 = (*(buf2+Ridx103));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_1024+(gidx0+(gidx1<<6))) = (*(buf1+0));
  }
}