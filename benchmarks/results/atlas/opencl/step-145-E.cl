__kernel void E(__global float* data0_1, __global float* data1_1) {
  float val0 = (*(data1_1+0));
  *(data0_1+0) = val0;
}