typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(128) E_4_7_7_32_4_4_4(float* data0_401408, float* data1_1605632, float* data2_64) {
  int gidx0 = blockIdx.x; /* 7 */
  int gidx1 = blockIdx.y; /* 7 */
  int gidx2 = blockIdx.z; /* 4 */
  int lidx0 = threadIdx.x; /* 32 */
  int lidx1 = threadIdx.y; /* 4 */
  int alu0 = ((gidx0<<1)+(gidx1*28)+(gidx2*3136)+(lidx1*784)+(lidx0*50176));
  float val0 = (*(data1_1605632+(alu0+196)));
  float val1 = (*(data1_1605632+(alu0+392)));
  float val2 = (*(data1_1605632+(alu0+588)));
  float val3 = (*(data1_1605632+(alu0+12544)));
  float val4 = (*(data1_1605632+(alu0+12740)));
  float val5 = (*(data1_1605632+(alu0+12936)));
  float val6 = (*(data1_1605632+(alu0+13132)));
  float val7 = (*(data1_1605632+(alu0+25088)));
  float val8 = (*(data1_1605632+(alu0+25284)));
  float val9 = (*(data1_1605632+(alu0+25480)));
  float val10 = (*(data1_1605632+(alu0+25676)));
  float val11 = (*(data1_1605632+(alu0+37632)));
  float val12 = (*(data1_1605632+(alu0+37828)));
  float val13 = (*(data1_1605632+(alu0+38024)));
  float val14 = (*(data1_1605632+(alu0+38220)));
  float val15 = (*(data1_1605632+alu0));
  float4 val16 = (*((float4*)((data2_64+((gidx2<<4)+(lidx1<<2))))));
  int alu1 = (gidx0+(gidx1*7)+(gidx2*784)+(lidx1*196)+(lidx0*12544));
  *(data0_401408+alu1) = (val15+val16.x);
  *(data0_401408+(alu1+49)) = (val0+val16.y);
  *(data0_401408+(alu1+98)) = (val1+val16.z);
  *(data0_401408+(alu1+147)) = (val2+val16.w);
  *(data0_401408+(alu1+3136)) = (val3+val16.x);
  *(data0_401408+(alu1+3185)) = (val4+val16.y);
  *(data0_401408+(alu1+3234)) = (val5+val16.z);
  *(data0_401408+(alu1+3283)) = (val6+val16.w);
  *(data0_401408+(alu1+6272)) = (val7+val16.x);
  *(data0_401408+(alu1+6321)) = (val8+val16.y);
  *(data0_401408+(alu1+6370)) = (val9+val16.z);
  *(data0_401408+(alu1+6419)) = (val10+val16.w);
  *(data0_401408+(alu1+9408)) = (val11+val16.x);
  *(data0_401408+(alu1+9457)) = (val12+val16.y);
  *(data0_401408+(alu1+9506)) = (val13+val16.z);
  *(data0_401408+(alu1+9555)) = (val14+val16.w);
}