__kernel void r_128_16_8_49(__global float* data0_128, __global float* data1_802816, __global float* data2_128, __global float* data3_128, __global float* data4_802816, __global float* data5_128) {
  float buf0[1];
  float buf1[1];
  __attribute__ ((aligned (16))) __local float buf2[16];
  int gidx0 = get_group_id(0); /* 128 */
  float val0 = (*(data2_128+gidx0));
  int lidx0 = get_local_id(0); /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 49; Ridx1++) {
      int alu1 = ((gidx0*49)+Ridx1+(lidx0*50176)+(Ridx0*6272));
      float val1 = (*(data1_802816+alu1));
      float val2 = (*(data4_802816+alu1));
      *(buf0+0) = ((*(buf0+0))+((val1-val0)*val2));
    }
  }
  *(buf2+lidx0) = (*(buf0+0));
  barrier(CLK_LOCAL_MEM_FENCE);
  *(buf1+0) = 0.0f;
  for (int Ridx104 = 0; Ridx104 < 16; Ridx104++) {
    float val3 = (*(buf2+Ridx104));
    *(buf1+0) = ((*(buf1+0))+val3);
  }
  float val4 = (*(data3_128+gidx0));
  float val5 = (*(data5_128+gidx0));
  float alu10 = (1/sqrt((val5+9.999999747378752e-06f)));
  if ((lidx0==0)) {
    *(data0_128+gidx0) = (alu10*alu10*alu10*(*(buf1+0))*val4*-7.97193861217238e-05f);
  }
}