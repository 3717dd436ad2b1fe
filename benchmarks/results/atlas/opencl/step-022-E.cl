__kernel void E(__global float* data0_1) {
  float val0 = (*(data0_1+0));
  *(data0_1+0) = (val0*0.9990000128746033f);
}