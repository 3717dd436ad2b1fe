define amdgpu_kernel void @E_16_4_7_7_8_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = shl i32 %v1, 4
  %v6 = add nsw i32 %v4, %v5
  %v7 = mul i32 %v2, 25088
  %v8 = mul i32 %v3, 3136
  %v9 = add nsw i32 %v7, %v8
  %v10 = srem i32 %v0, 7
  %v11 = mul i32 %v10, 448
  %v12 = sdiv i32 %v0, 7
  %v13 = shl i32 %v12, 6
  %v14 = add nsw i32 %v13, %v11
  %v15 = add nsw i32 %v9, %v14
  %v16 = add nsw i32 %v6, %v15
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %data2, i32 %v16
  %v20 = load float, float* %v19
  %v21 = getelementptr inbounds float, float* %data3, i32 %v16
  %v22 = load float, float* %v21
  %v23 = getelementptr inbounds float, float* %data4, i32 %v16
  %v24 = load float, float* %v23
  %v25_0 = insertelement <2 x float> poison, float %v20, i32 0
  %v25 = insertelement <2 x float> %v25_0, float %v18, i32 1
  %v26_0 = insertelement <2 x float> poison, float %v24, i32 0
  %v26 = insertelement <2 x float> %v26_0, float %v22, i32 1
  %v27 = mul i32 %v1, 3136
  %v28 = mul i32 %v4, 196
  %v29 = add nsw i32 %v27, %v28
  %v30 = mul i32 %v10, 28
  %v31 = shl i32 %v12, 1
  %v32 = add nsw i32 %v31, %v30
  %v33 = add nsw i32 %v29, %v32
  %v34 = mul i32 %v2, 100352
  %v35 = mul i32 %v3, 12544
  %v36 = add nsw i32 %v34, %v35
  %v37 = add nsw i32 %v33, %v36
  %v38 = add nsw i32 %v37, 14
  %v39 = getelementptr inbounds float, float* %data0, i32 %v38
  %v40 = getelementptr inbounds float, float* %data0, i32 %v37
  store <2 x float> %v25, <2 x float>* %v39
  store <2 x float> %v26, <2 x float>* %v40
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }