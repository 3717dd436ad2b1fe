typedef float float4 __attribute__((aligned(16),ext_vector_type(4)));
void E_6272_4(float* restrict data0_25088, float* restrict data1_100352) {
  for (int Lidx0 = 0; Lidx0 < 6272; Lidx0++) {
    int alu0 = (Lidx0<<3);
    float val0 = (*(data1_100352+(alu0+50176)));
    float val1 = (*(data1_100352+(alu0+50178)));
    float val2 = (*(data1_100352+(alu0+50180)));
    float val3 = (*(data1_100352+(alu0+50182)));
    *((float4*)((data0_25088+(Lidx0<<2)))) = (float4){val0,val1,val2,val3};
  }
}
