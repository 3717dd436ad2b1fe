define amdgpu_kernel void @E_56_7_32_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = shl i32 %v0, 1
  %v5 = add nsw i32 %v3, %v4
  %v6 = mul i32 %v1, 448
  %v7 = mul i32 %v2, 14
  %v8 = add nsw i32 %v6, %v7
  %v9 = add nsw i32 %v5, %v8
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load float, float* %v10
  %v12 = getelementptr inbounds float, float* %data2, i32 %v9
  %v13 = load float, float* %v12
  %v14 = getelementptr inbounds float, float* %data3, i32 %v9
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %data4, i32 %v9
  %v17 = load float, float* %v16
  %v18 = fmul nsz arcp contract afn float %v11, -2.885390043258667
  %v19 = call float @llvm.exp2.float(float %v18)
  %v20 = fmul nsz arcp contract afn float %v13, -2.885390043258667
  %v21 = call float @llvm.exp2.float(float %v20)
  %v22 = fadd nsz arcp contract afn float 1.0, %v19
  %v23 = fadd nsz arcp contract afn float 1.0, %v21
  %v24 = fdiv nsz arcp contract afn float 2.0, %v22
  %v25 = fadd nsz arcp contract afn float %v24, -1.0
  %v26 = fdiv nsz arcp contract afn float 2.0, %v23
  %v27 = fadd nsz arcp contract afn float %v26, -1.0
  %v28_0 = insertelement <2 x float> poison, float %v27, i32 0
  %v28 = insertelement <2 x float> %v28_0, float %v25, i32 1
  %v29 = fmul nsz arcp contract afn float %v15, -2.885390043258667
  %v30 = call float @llvm.exp2.float(float %v29)
  %v31 = fmul nsz arcp contract afn float %v17, -2.885390043258667
  %v32 = call float @llvm.exp2.float(float %v31)
  %v33 = fadd nsz arcp contract afn float 1.0, %v30
  %v34 = fadd nsz arcp contract afn float 1.0, %v32
  %v35 = fdiv nsz arcp contract afn float 2.0, %v33
  %v36 = fadd nsz arcp contract afn float %v35, -1.0
  %v37 = fdiv nsz arcp contract afn float 2.0, %v34
  %v38 = fadd nsz arcp contract afn float %v37, -1.0
  %v39_0 = insertelement <2 x float> poison, float %v38, i32 0
  %v39 = insertelement <2 x float> %v39_0, float %v36, i32 1
  %v40 = mul i32 %v1, 1792
  %v41 = mul i32 %v2, 56
  %v42 = add nsw i32 %v40, %v41
  %v43 = shl i32 %v0, 2
  %v44 = shl i32 %v3, 1
  %v45 = add nsw i32 %v43, %v44
  %v46 = add nsw i32 %v45, %v42
  %v47 = add nsw i32 %v46, 28
  %v48 = getelementptr inbounds float, float* %data0, i32 %v47
  %v49 = getelementptr inbounds float, float* %data0, i32 %v46
  store <2 x float> %v28, <2 x float>* %v48
  store <2 x float> %v39, <2 x float>* %v49
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }