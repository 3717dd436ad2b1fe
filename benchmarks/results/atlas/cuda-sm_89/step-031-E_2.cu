typedef unsigned int uint;
#define INFINITY (__int_as_float(0x7f800000))
#define NAN (__int_as_float(0x7fffffff))
template <class T, class F> __device__ __forceinline__ T tg_bitcast(F v) { union U { F f; T t; }; U u; u.f = v; return u.t; }
extern "C" __global__ void __launch_bounds__(1) E_2(uint* data0_2, uint* data1_2) {
  uint2 val0 = (*((uint2*)((data1_2+0))));
  uint alu0 = (val0.x+1605632u);
  *((uint2*)((data0_2+0))) = make_uint2(alu0,(val0.y+((uint)((alu0<val0.x)))));
}