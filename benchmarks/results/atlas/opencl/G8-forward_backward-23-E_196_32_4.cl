__kernel void E_196_32_4(__global float* data0_25088, __global float* data1_100352) {
  int gidx0 = get_group_id(0); /* 196 */
  int lidx0 = get_local_id(0); /* 32 */
  int alu0 = ((gidx0<<8)+(lidx0<<3));
  float val0 = (*(data1_100352+(alu0+50176)));
  float val1 = (*(data1_100352+(alu0+50178)));
  float val2 = (*(data1_100352+(alu0+50180)));
  float val3 = (*(data1_100352+(alu0+50182)));
  *((__global float4*)((data0_25088+((gidx0<<7)+(lidx0<<2))))) = (float4)(val0,val1,val2,val3);
}