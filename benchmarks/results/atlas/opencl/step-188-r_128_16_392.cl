__kernel void r_128_16_392(__global float* data0_128, __global float* data1_802816, __global float* data2_6272, __global float* data3_1) {
  float buf0[1];
  float buf1[1];
  __attribute__ ((aligned (16))) __local float buf2[16];
  int gidx0 = get_group_id(0); /* 128 */
  int lidx0 = get_local_id(0); /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 392; Ridx0++) {
    int alu1 = ((lidx0*392)+Ridx0);
    float val0 = (*(data1_802816+(alu1+(gidx0*6272))));
    float val1 = (*(data2_6272+alu1));
    *(buf0+0) = ((*(buf0+0))+(val0*val1));
  }
  *(buf2+lidx0) = (*(buf0+0));
  barrier(CLK_LOCAL_MEM_FENCE);
  *(buf1+0) = 0.0f;
  for (int Ridx102 = 0; Ridx102 < 16; Ridx102++) {
    float val2 = (*(buf2+Ridx102));
    *(buf1+0) = ((*(buf1+0))+val2);
  }
  float val3 = (*(data3_1+0));
  if ((lidx0==0)) {
    *(data0_128+gidx0) = (-(*(buf1+0))-val3);
  }
}