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
  %v22_0 = insertelement <2 x float> poison, float %v21, i32 0
  %v22 = insertelement <2 x float> %v22_0, float %v19, i32 1
  %v23 = fmul nsz arcp contract afn float %v15, -2.885390043258667
  %v24 = call float @llvm.exp2.float(float %v23)
  %v25 = fmul nsz arcp contract afn float %v17, -2.885390043258667
  %v26 = call float @llvm.exp2.float(float %v25)
  %v27_0 = insertelement <2 x float> poison, float %v26, i32 0
  %v27 = insertelement <2 x float> %v27_0, float %v24, i32 1
  %v28 = mul i32 %v1, 1792
  %v29 = mul i32 %v2, 56
  %v30 = add nsw i32 %v28, %v29
  %v31 = shl i32 %v0, 2
  %v32 = shl i32 %v3, 1
  %v33 = add nsw i32 %v31, %v32
  %v34 = add nsw i32 %v33, %v30
  %v35 = add nsw i32 %v34, 28
  %v36 = getelementptr inbounds float, float* %data0, i32 %v35
  %v37 = getelementptr inbounds float, float* %data0, i32 %v34
  store <2 x float> %v22, <2 x float>* %v36
  store <2 x float> %v27, <2 x float>* %v37
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }