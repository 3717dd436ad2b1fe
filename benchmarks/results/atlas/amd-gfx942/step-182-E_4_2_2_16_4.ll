define amdgpu_kernel void @E_4_2_2_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v4 = shl i32 %v1, 2
  %v5 = add nsw i32 %v2, %v4
  %v6 = shl i32 %v0, 8
  %v7 = shl i32 %v3, 4
  %v8 = add nsw i32 %v6, %v7
  %v9 = add nsw i32 %v5, %v8
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load float, float* %v10
  %v12 = add nsw i32 %v9, 2
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v9, 8
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v9, 10
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21_0 = insertelement <4 x float> poison, float %v20, i32 0
  %v21_1 = insertelement <4 x float> %v21_0, float %v17, i32 1
  %v21_2 = insertelement <4 x float> %v21_1, float %v14, i32 2
  %v21 = insertelement <4 x float> %v21_2, float %v11, i32 3
  %v22 = shl i32 %v0, 6
  %v23 = shl i32 %v3, 2
  %v24 = add nsw i32 %v22, %v23
  %v25 = shl i32 %v1, 9
  %v26 = shl i32 %v2, 8
  %v27 = add nsw i32 %v25, %v26
  %v28 = add nsw i32 %v24, %v27
  %v29 = getelementptr inbounds float, float* %data0, i32 %v28
  store <4 x float> %v21, <4 x float>* %v29
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }