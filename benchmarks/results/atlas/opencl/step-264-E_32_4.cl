__kernel void E_32_4(__global float* data0_128, __global float* data1_128) {
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = (lidx0<<2);
  float4 val0 = (*((__global float4*)((data0_128+alu0))));
  float4 val1 = (*((__global float4*)((data1_128+alu0))));
  *((__global float4*)((data0_128+alu0))) = (float4)(((0.8999999761581421f*val0.x)+(0.10000000149011612f*val1.x)),((0.8999999761581421f*val0.y)+(0.10000000149011612f*val1.y)),((0.8999999761581421f*val0.z)+(0.10000000149011612f*val1.z)),((0.8999999761581421f*val0.w)+(0.10000000149011612f*val1.w)));
}