define amdgpu_kernel void @E_8_8_8_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = shl i32 %v0, 14
  %v5 = shl i32 %v3, 10
  %v6 = add nsw i32 %v4, %v5
  %v7 = shl i32 %v1, 7
  %v8 = shl i32 %v2, 4
  %v9 = add nsw i32 %v7, %v8
  %v10 = add nsw i32 %v6, %v9
  %v11 = add nsw i32 %v10, 2
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v10, 8
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = add nsw i32 %v10, 10
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data1, i32 %v10
  %v21 = load float, float* %v20
  %v22_0 = insertelement <4 x float> poison, float %v19, i32 0
  %v22_1 = insertelement <4 x float> %v22_0, float %v16, i32 1
  %v22_2 = insertelement <4 x float> %v22_1, float %v13, i32 2
  %v22 = insertelement <4 x float> %v22_2, float %v21, i32 3
  %v23 = shl i32 %v0, 6
  %v24 = shl i32 %v3, 2
  %v25 = add nsw i32 %v23, %v24
  %v26 = shl i32 %v1, 12
  %v27 = shl i32 %v2, 9
  %v28 = add nsw i32 %v26, %v27
  %v29 = add nsw i32 %v25, %v28
  %v30 = getelementptr inbounds float, float* %data0, i32 %v29
  store <4 x float> %v22, <4 x float>* %v30
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }