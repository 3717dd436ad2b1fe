__kernel void E_2_32_2_2_2_2(__global float* data0_1024, __global float* data1_256, __global float* data2_256, __global float* data3_256, __global float* data4_256) {
  int gidx0 = get_group_id(0); /* 2 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((__global float4*)((data1_256+alu0))));
  float4 val1 = (*((__global float4*)((data2_256+alu0))));
  float4 val2 = (*((__global float4*)((data3_256+alu0))));
  float4 val3 = (*((__global float4*)((data4_256+alu0))));
  int alu1 = ((gidx0<<9)+(lidx0<<4));
  *((__global float4*)((data0_1024+(alu1+4)))) = (float4)(val2.w,val3.w,val2.z,val3.z);
  *((__global float4*)((data0_1024+(alu1+8)))) = (float4)(val0.y,val1.y,val0.x,val1.x);
  *((__global float4*)((data0_1024+(alu1+12)))) = (float4)(val2.y,val3.y,val2.x,val3.x);
  *((__global float4*)((data0_1024+alu1))) = (float4)(val0.w,val1.w,val0.z,val1.z);
}