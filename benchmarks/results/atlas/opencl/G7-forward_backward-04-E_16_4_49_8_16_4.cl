__kernel void E_16_4_49_8_16_4(__global float* data0_1605632, __global float* data1_1605632, __global float* data2_64, __global float* data3_64, __global float* data4_64, __global float* data5_64, __global float* data6_1605632) {
  int gidx1 = get_group_id(1); /* 4 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = (lidx1+(gidx1<<4));
  float val0 = (*(data2_64+alu0));
  float val1 = (*(data3_64+alu0));
  float val2 = (*(data4_64+alu0));
  float val3 = (*(data5_64+alu0));
  int gidx0 = get_group_id(0); /* 49 */
  int gidx2 = get_group_id(2); /* 16 */
  int lidx0 = get_local_id(0); /* 8 */
  int alu1 = ((gidx1*3136)+(lidx1*196)+(gidx0<<2)+(gidx2*100352)+(lidx0*12544));
  float4 val4 = (*((__global float4*)((data1_1605632+alu1))));
  float4 val5 = (*((__global float4*)((data6_1605632+alu1))));
  float alu2 = (1/sqrt((val2+9.999999747378752e-06f)));
  float alu3 = ((0.0f<(((val4.x-val0)*val1*alu2)+val3))?val5.x:0.0f);
  float alu4 = ((0.0f<(((val4.y-val0)*val1*alu2)+val3))?val5.y:0.0f);
  float alu5 = ((0.0f<(((val4.z-val0)*val1*alu2)+val3))?val5.z:0.0f);
  float alu6 = ((0.0f<(((val4.w-val0)*val1*alu2)+val3))?val5.w:0.0f);
  *((__global float4*)((data0_1605632+alu1))) = (float4)(alu3,alu4,alu5,alu6);
}