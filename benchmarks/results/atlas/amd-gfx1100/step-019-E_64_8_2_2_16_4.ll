define amdgpu_kernel void @E_64_8_2_2_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v5 = shl i32 %v2, 2
  %v6 = add nsw i32 %v3, %v5
  %v7 = shl i32 %v1, 4
  %v8 = add nsw i32 %v6, %v7
  %v9 = shl i32 %v0, 14
  %v10 = shl i32 %v4, 10
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v12, 2
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v12, 8
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v12, 10
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24_0 = insertelement <4 x float> poison, float %v23, i32 0
  %v24_1 = insertelement <4 x float> %v24_0, float %v20, i32 1
  %v24_2 = insertelement <4 x float> %v24_1, float %v17, i32 2
  %v24 = insertelement <4 x float> %v24_2, float %v14, i32 3
  %v25 = shl i32 %v1, 11
  %v26 = shl i32 %v2, 10
  %v27 = add nsw i32 %v25, %v26
  %v28 = shl i32 %v3, 9
  %v29 = add nsw i32 %v27, %v28
  %v30 = shl i32 %v0, 6
  %v31 = shl i32 %v4, 2
  %v32 = add nsw i32 %v30, %v31
  %v33 = add nsw i32 %v29, %v32
  %v34 = getelementptr inbounds float, float* %data0, i32 %v33
  store <4 x float> %v24, <4 x float>* %v34
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }