__kernel void r_256_16_1568(__global float* data0_256, __global float* data1_6422528, __global float* data2_25088) {
  float buf0[1];
  float buf1[1];
  __attribute__ ((aligned (16))) __local float buf2[16];
  int gidx0 = get_group_id(0); /* 256 */
  int lidx0 = get_local_id(0); /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 1568; Ridx0++) {
    int alu1 = ((lidx0*1568)+Ridx0);
    float val0 = (*(data1_6422528+(alu1+(gidx0*25088))));
    float val1 = (*(data2_25088+alu1));
    *(buf0+0) = ((*(buf0+0))+(val0*val1));
  }
  *(buf2+lidx0) = (*(buf0+0));
  barrier(CLK_LOCAL_MEM_FENCE);
  *(buf1+0) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    float val2 = (*(buf2+Ridx102));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_256+gidx0) = (*(buf1+0));
  }
}