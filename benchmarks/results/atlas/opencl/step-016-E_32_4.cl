__kernel void E_32_4(__global float* data0_128) {
  int lidx0 = get_local_id(0); /* 32 */
  *((__global float4*)((data0_128+(lidx0<<2)))) = (float4)(1.0f,1.0f,1.0f,1.0f);
}