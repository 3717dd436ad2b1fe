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
  %v11 = add nsw i32 %v10, 4
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v10, 6
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = add nsw i32 %v10, 12
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = add nsw i32 %v10, 14
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = load float, float* %v21
  %v23_0 = insertelement <4 x float> poison, float %v22, i32 0
  %v23_1 = insertelement <4 x float> %v23_0, float %v19, i32 1
  %v23_2 = insertelement <4 x float> %v23_1, float %v16, i32 2
  %v23 = insertelement <4 x float> %v23_2, float %v13, i32 3
  %v24 = shl i32 %v0, 6
  %v25 = shl i32 %v3, 2
  %v26 = add nsw i32 %v24, %v25
  %v27 = shl i32 %v1, 12
  %v28 = shl i32 %v2, 9
  %v29 = add nsw i32 %v27, %v28
  %v30 = add nsw i32 %v26, %v29
  %v31 = getelementptr inbounds float, float* %data0, i32 %v30
  store <4 x float> %v23, <4 x float>* %v31
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }