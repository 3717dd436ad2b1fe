typedef unsigned int unsigned_int2 __attribute__((aligned(8),ext_vector_type(2)));
void E_2(unsigned int* restrict data0_2) {
  unsigned_int2 val0 = (*((unsigned_int2*)((data0_2+0))));
  unsigned int alu0 = (val0[0]+25600u);
  *((unsigned_int2*)((data0_2+0))) = (unsigned_int2){alu0,(val0[1]+((unsigned int)((alu0<val0[0]))))};
}
