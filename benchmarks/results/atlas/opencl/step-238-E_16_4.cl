__kernel void E_16_4(__global float* data0_64, __global float* data1_64) {
  int lidx0 = get_local_id(0); /* 16 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((__global float4*)((data1_64+alu0))));
  *((__global float4*)((data0_64+alu0))) = val0;
}