__kernel void E_32_4(__global float* data0_128, __global float* data1_128, __global float* data2_1, __global float* data3_128, __global float* data4_1, __global float* data5_128, __global float* data6_1) {
  float val0 = (*(data2_1+0));
  float val1 = (*(data4_1+0));
  float val2 = (*(data6_1+0));
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = (lidx0<<2);
  float4 val3 = (*((__global float4*)((data1_128+alu0))));
  float4 val4 = (*((__global float4*)((data3_128+alu0))));
  float4 val5 = (*((__global float4*)((data5_128+alu0))));
  float alu1 = (1/(1.0f-val2));
  float alu2 = (1.0f-val1);
  *((__global float4*)((data0_128+alu0))) = (float4)((val3.x-(val0*val4.x*(1/(alu2*(sqrt((val5.x*alu1))+9.99999993922529e-09f))))),(val3.y-(val0*val4.y*(1/(alu2*(sqrt((val5.y*alu1))+9.99999993922529e-09f))))),(val3.z-(val0*val4.z*(1/(alu2*(sqrt((val5.z*alu1))+9.99999993922529e-09f))))),(val3.w-(val0*val4.w*(1/(alu2*(sqrt((val5.w*alu1))+9.99999993922529e-09f))))));
}