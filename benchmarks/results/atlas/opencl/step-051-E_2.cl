__kernel void E_2(__global uint* data0_2, __global uint* data1_2) {
  uint2 val0 = (*((__global uint2*)((data1_2+0))));
  uint alu0 = (val0.x+1605632u);
  *((__global uint2*)((data0_2+0))) = (uint2)(alu0,(val0.y+((uint)((alu0<val0.x)))));
}