#include <metal_stdlib>
using namespace metal;
kernel void E_196_32_4(device float* data0_25088, device float* data1_100352, uint3 gid [[threadgroup_position_in_grid]], uint3 lid [[thread_position_in_threadgroup]]) {
  int gidx0 = gid.x; /* 196 */
  int lidx0 = lid.x; /* 32 */
  int alu0 = ((gidx0<<8)+(lidx0<<3));
  float val0 = (*(data1_100352+(alu0+1)));
  float val1 = (*(data1_100352+(alu0+3)));
  float val2 = (*(data1_100352+(alu0+5)));
  float val3 = (*(data1_100352+(alu0+7)));
  *((device float4*)((data0_25088+((gidx0<<7)+(lidx0<<2))))) = float4(val0,val1,val2,val3);
}