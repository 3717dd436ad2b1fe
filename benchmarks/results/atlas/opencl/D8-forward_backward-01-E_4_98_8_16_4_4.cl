__kernel void E_4_98_8_16_4_4(__global float* data0_802816, __global float* data1_128, __global float* data2_6272) {
  int gidx1 = get_group_id(1); /* 4 */
  int lidx0 = get_local_id(0); /* 8 */
  float4 val0 = (*((__global float4*)((data1_128+((gidx1<<5)+(lidx0<<2))))));
  int gidx0 = get_group_id(0); /* 98 */
  int lidx1 = get_local_id(1); /* 16 */
  int alu0 = ((gidx0<<6)+(lidx1<<2));
  float4 val1 = (*((__global float4*)((data2_6272+alu0))));
  int alu1 = (alu0+(gidx1*200704)+(lidx0*25088));
  *((__global float4*)((data0_802816+(alu1+6272)))) = (float4)((val0.y*val1.x),(val0.y*val1.y),(val0.y*val1.z),(val0.y*val1.w));
  *((__global float4*)((data0_802816+(alu1+12544)))) = (float4)((val0.z*val1.x),(val0.z*val1.y),(val0.z*val1.z),(val0.z*val1.w));
  *((__global float4*)((data0_802816+(alu1+18816)))) = (float4)((val0.w*val1.x),(val0.w*val1.y),(val0.w*val1.z),(val0.w*val1.w));
  *((__global float4*)((data0_802816+alu1))) = (float4)((val0.x*val1.x),(val0.x*val1.y),(val0.x*val1.z),(val0.x*val1.w));
}