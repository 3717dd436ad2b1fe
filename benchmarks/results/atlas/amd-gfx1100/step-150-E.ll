define amdgpu_kernel void @E(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, float* noalias align 32 %data6) #0
{
  %v0 = getelementptr inbounds float, float* %data1, i32 0
  %v1 = load float, float* %v0
  %v2 = getelementptr inbounds float, float* %data2, i32 0
  %v3 = load float, float* %v2
  %v4 = getelementptr inbounds float, float* %data3, i32 0
  %v5 = load float, float* %v4
  %v6 = getelementptr inbounds float, float* %data4, i32 0
  %v7 = load float, float* %v6
  %v8 = getelementptr inbounds float, float* %data5, i32 0
  %v9 = load float, float* %v8
  %v10 = getelementptr inbounds float, float* %data6, i32 0
  %v11 = load float, float* %v10
  %v12 = getelementptr inbounds float, float* %data0, i32 0
  %v13 = fmul nsz arcp contract afn float %v11, -1.0
  %v14 = fadd nsz arcp contract afn float 1.0, %v13
  %v15 = fdiv nsz arcp contract afn float %v9, %v14
  %v16 = call float @llvm.sqrt.float(float %v15)
  %v17 = fmul nsz arcp contract afn float %v7, -1.0
  %v18 = fadd nsz arcp contract afn float 1.0, %v17
  %v19 = fadd nsz arcp contract afn float %v16, 9.99999993922529e-09
  %v20 = fmul nsz arcp contract afn float %v18, %v19
  %v21 = fdiv nsz arcp contract afn float %v5, %v20
  %v22 = fmul nsz arcp contract afn float %v3, %v21
  %v23 = fmul nsz arcp contract afn float %v22, -1.0
  %v24 = fadd nsz arcp contract afn float %v1, %v23
  store float %v24, float* %v12
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,1" "no-trapping-math"="true" }