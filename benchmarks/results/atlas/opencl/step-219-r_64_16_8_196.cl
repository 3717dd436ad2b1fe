__kernel void r_64_16_8_196(__global float* data0_64, __global float* data1_1605632, __global float* data2_64, __global float* data3_64, __global float* data4_1605632, __global float* data5_64) {
  float buf0[1];
  float buf1[1];
  __attribute__ ((aligned (16))) __local float buf2[16];
  int gidx0 = get_group_id(0); /* 64 */
  float val0 = (*(data2_64+gidx0));
  int lidx0 = get_local_id(0); /* 16 */
  *(buf0+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 196; Ridx1++) {
      int alu1 = ((gidx0*196)+Ridx1+(lidx0*100352)+(Ridx0*12544));
      float val1 = (*(data1_1605632+alu1));
      float val2 = (*(data4_1605632+alu1));
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
  float val4 = (*(data3_64+gidx0));
  float val5 = (*(data5_64+gidx0));
  float alu10 = (1/sqrt((val5+9.999999747378752e-06f)));
  if ((lidx0==0)) {
    *(data0_64+gidx0) = (alu10*alu10*alu10*(*(buf1+0))*val4*-1.992984653043095e-05f);
  }
}