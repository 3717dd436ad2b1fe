__kernel void r_64_16_8_196_128_196(__global float* data0_64, __global float* data1_1605632, __global float* data2_1605632) {
  float buf0[1];
  float buf1[1];
  float buf2[1];
  __attribute__ ((aligned (16))) __local float buf3[16];
  int gidx0 = get_group_id(0); /* 64 */
  int lidx0 = get_local_id(0); /* 16 */
  int alu0 = (gidx0*196);
  *(buf1+0) = 0.0f;
  for (int Ridx0 = 0; Ridx0 < 8; Ridx0++) {
    for (int Ridx1 = 0; Ridx1 < 196; Ridx1++) {
      float val0 = (*(data1_1605632+(alu0+Ridx1+(lidx0*100352)+(Ridx0*12544))));
      *(buf1+0) = ((*(buf1+0))+val0);
    }
  }
  *(buf0+0) = 0.0f;
  for (int Ridx3 = 0; Ridx3 < 128; Ridx3++) {
    for (int Ridx4 = 0; Ridx4 < 196; Ridx4++) {
      float val1 = (*(data2_1605632+(alu0+Ridx4+(Ridx3*12544))));
      *(buf0+0) = ((*(buf0+0))+val1);
    }
  }
  *(buf3+lidx0) = (*(buf1+0));
  barrier(CLK_LOCAL_MEM_FENCE);
  *(buf2+0) = 0.0f;
  for (int Ridx107 = 0; Ridx107 < 16; Ridx107++) {
    float val2 = (*(buf3+Ridx107));
    *(buf2+0) = ((*(buf2+0))+val2);
  }
  if ((lidx0==0)) {
    *(data0_64+gidx0) = ((*(buf2+0))+(*(buf0+0)));
  }
}