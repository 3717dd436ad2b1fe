__kernel void E_2(__global uint* data0_2, __global uint* data1_2) {
  int lidx0 = get_local_id(0); /* 2 */
  uint val0 = (*(data1_2+lidx0));
  *(data0_2+lidx0) = val0;
}