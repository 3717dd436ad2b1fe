__kernel void E_6272_32_4(__global float* data0_802816, __global float* data1_802816, __global float* data2_802816) {
  int gidx0 = get_group_id(0); /* 6272 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<7)+(lidx0<<2));
  float4 val0 = (*((__global float4*)((data1_802816+alu0))));
  float4 val1 = (*((__global float4*)((data2_802816+alu0))));
  bool alu1 = (val0.x<0.0f);
  float alu2 = (alu1?val1.x:0.0f);
  float alu3 = (alu1?0.0f:val1.x);
  bool alu4 = (val0.y<0.0f);
  float alu5 = (alu4?val1.y:0.0f);
  float alu6 = (alu4?0.0f:val1.y);
  bool alu7 = (val0.z<0.0f);
  float alu8 = (alu7?val1.z:0.0f);
  float alu9 = (alu7?0.0f:val1.z);
  bool alu10 = (val0.w<0.0f);
  float alu11 = (alu10?val1.w:0.0f);
  float alu12 = (alu10?0.0f:val1.w);
  *((__global float4*)((data0_802816+alu0))) = (float4)((alu3+(0.20000000298023224f*alu2)),(alu6+(0.20000000298023224f*alu5)),(alu9+(0.20000000298023224f*alu8)),(alu12+(0.20000000298023224f*alu11)));
}