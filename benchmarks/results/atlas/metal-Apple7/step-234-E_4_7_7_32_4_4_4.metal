#include <metal_stdlib>
using namespace metal;
kernel void E_4_7_7_32_4_4_4(device float* data0_401408, device float* data1_1605632, device float* data2_64, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 7 */
  int gidx1 = gid.y; /* 7 */
  int gidx2 = gid.z; /* 4 */
  int lidx0 = lid.x; /* 32 */
  int lidx1 = lid.y; /* 4 */
  int alu0 = ((gidx0<<1)+(gidx1*28)+(gidx2*3136)+(lidx1*784)+(lidx0*50176));
  float val0 = (*(data1_1605632+(alu0+15)));
  float val1 = (*(data1_1605632+(alu0+211)));
  float val2 = (*(data1_1605632+(alu0+407)));
  float val3 = (*(data1_1605632+(alu0+603)));
  float val4 = (*(data1_1605632+(alu0+12559)));
  float val5 = (*(data1_1605632+(alu0+12755)));
  float val6 = (*(data1_1605632+(alu0+12951)));
  float val7 = (*(data1_1605632+(alu0+13147)));
  float val8 = (*(data1_1605632+(alu0+25103)));
  float val9 = (*(data1_1605632+(alu0+25299)));
  float val10 = (*(data1_1605632+(alu0+25495)));
  float val11 = (*(data1_1605632+(alu0+25691)));
  float val12 = (*(data1_1605632+(alu0+37647)));
  float val13 = (*(data1_1605632+(alu0+37843)));
  float val14 = (*(data1_1605632+(alu0+38039)));
  float val15 = (*(data1_1605632+(alu0+38235)));
  float4 val16 = (*((device float4*)((data2_64+((gidx2<<4)+(lidx1<<2))))));
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