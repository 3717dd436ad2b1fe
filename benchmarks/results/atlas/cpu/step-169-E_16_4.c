typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_16_4(float* restrict data0_64, float* restrict data1_64) {
  for (int Lidx0 = 0; Lidx0 < 16; Lidx0++) {
    int alu0 = (Lidx0<<2);
    float4 val0 = (*((float4*)((data0_64+alu0))));
    float4 val1 = (*((float4*)((data1_64+alu0))));
    *((float4*)((data0_64+alu0))) = (float4){((0.8999999761581421f*val0[0])+(0.10000000149011612f*val1[0])),((0.8999999761581421f*val0[1])+(0.10000000149011612f*val1[1])),((0.8999999761581421f*val0[2])+(0.10000000149011612f*val1[2])),((0.8999999761581421f*val0[3])+(0.10000000149011612f*val1[3]))};
  }
}
