__kernel void E(__global float* data0_1, __global float* data1_1, __global float* data2_1, __global float* data3_1, __global float* data4_1, __global float* data5_1, __global float* data6_1) {
  float val0 = (*(data1_1+0));
  float val1 = (*(data2_1+0));
  float val2 = (*(data3_1+0));
  float val3 = (*(data4_1+0));
  float val4 = (*(data5_1+0));
  float val5 = (*(data6_1+0));
  *(data0_1+0) = (val0-(val1*val2*(1/((1.0f-val3)*(sqrt((val4*(1/(1.0f-val5))))+9.99999993922529e-09f)))));
}