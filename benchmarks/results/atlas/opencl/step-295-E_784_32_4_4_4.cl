__kernel void E_784_32_4_4_4(__global float* data0_1605632, __global float* data1_1605632, __global float* data2_12544) {
  int gidx0 = get_group_id(0); /* 784 */
  int lidx0 = get_local_id(0); /* 32 */
  int lidx1 = get_local_id(1); /* 4 */
  int alu0 = ((gidx0<<4)+(lidx1<<2));
  int alu1 = (alu0+(lidx0*50176));
  int alu2 = (alu1+12544);
  float4 val0 = (*((__global float4*)((data1_1605632+alu2))));
  int alu3 = (alu1+25088);
  float4 val1 = (*((__global float4*)((data1_1605632+alu3))));
  int alu4 = (alu1+37632);
  float4 val2 = (*((__global float4*)((data1_1605632+alu4))));
  float4 val3 = (*((__global float4*)((data1_1605632+alu1))));
  float4 val4 = (*((__global float4*)((data2_12544+alu0))));
  *((__global float4*)((data0_1605632+alu2))) = (float4)((val0.x+val4.x),(val0.y+val4.y),(val0.z+val4.z),(val0.w+val4.w));
  *((__global float4*)((data0_1605632+alu3))) = (float4)((val1.x+val4.x),(val1.y+val4.y),(val1.z+val4.z),(val1.w+val4.w));
  *((__global float4*)((data0_1605632+alu4))) = (float4)((val2.x+val4.x),(val2.y+val4.y),(val2.z+val4.z),(val2.w+val4.w));
  *((__global float4*)((data0_1605632+alu1))) = (float4)((val3.x+val4.x),(val3.y+val4.y),(val3.z+val4.z),(val3.w+val4.w));
}