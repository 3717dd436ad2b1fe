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
  float val0 = (*(data1_1605632+(alu0+14)));
  float val1 = (*(data1_1605632+(alu0+210)));
  float val2 = (*(data1_1605632+(alu0+406)));
  float val3 = (*(data1_1605632+(alu0+602)));
  float val4 = (*(data1_1605632+(alu0+12558)));
  float val5 = (*(data1_1605632+(alu0+12754)));
  float val6 = (*(data1_1605632+(alu0+12950)));
  float val7 = (*(data1_1605632+(alu0+13146)));
  float val8 = (*(data1_1605632+(alu0+25102)));
  float val9 = (*(data1_1605632+(alu0+25298)));
  float val10 = (*(data1_1605632+(alu0+25494)));
  float val11 = (*(data1_1605632+(alu0+25690)));
  float val12 = (*(data1_1605632+(alu0+37646)));
  float val13 = (*(data1_1605632+(alu0+37842)));
  float val14 = (*(data1_1605632+(alu0+38038)));
  float val15 = (*(data1_1605632+(alu0+38234)));
  float4 val16 = (*((float4*)((data2_64+((gidx2<<4)+(lidx1<<2))))));
  int alu1 = (gidx0+(gidx1*7)+(gidx2*784)+(lidx1*196)+(lidx0*12544));
  *(data0_401408+alu1) = (val0+val16.x);
  *(data0_401408+(alu1+49)) = (val1+val16.y);
  *(data0_401408+(alu1+98)) = (val2+val16.z);
  *(data0_401408+(alu1+147)) = (val3+val16.w);
  *(data0_401408+(alu1+3136)) = (val4+val16.x);
  *(data0_401408+(alu1+3185)) = (val5+val16.y);
  *(data0_401408+(alu1+3234)) = (val6+val16.z);
  *(data0_401408+(alu1+3283)) = (val7+val16.w);
  *(data0_401408+(alu1+6272)) = (val8+val16.x);
  *(data0_401408+(alu1+6321)) = (val9+val16.y);
  *(data0_401408+(alu1+6370)) = (val10+val16.z);
  *(data0_401408+(alu1+6419)) = (val11+val16.w);
  *(data0_401408+(alu1+9408)) = (val12+val16.x);
  *(data0_401408+(alu1+9457)) = (val13+val16.y);
  *(data0_401408+(alu1+9506)) = (val14+val16.z);
  *(data0_401408+(alu1+9555)) = (val15+val16.w);
}