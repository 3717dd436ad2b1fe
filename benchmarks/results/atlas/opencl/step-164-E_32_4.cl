__kernel void E_32_4(__global float* data0_128, __global float* data1_128) {
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((__global float4*)((data1_128+alu0))));
  *((__global float4*)((data0_128+alu0))) = val0;
}