__kernel void E_98_32_4(__global float* data0_12544, __global float* data1_12544) {
  int gidx0 = get_group_id(0); /* 98 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((__global float4*)((data0_12544+alu0))));
  float4 val1 = (*((__global float4*)((data1_12544+alu0))));
  *((__global float4*)((data0_12544+alu0))) = (float4)(((0.9990000128746033f*val0.x)+(0.0010000000474974513f*val1.x*val1.x)),((0.9990000128746033f*val0.y)+(0.0010000000474974513f*val1.y*val1.y)),((0.9990000128746033f*val0.z)+(0.0010000000474974513f*val1.z*val1.z)),((0.9990000128746033f*val0.w)+(0.0010000000474974513f*val1.w*val1.w)));
}