define amdgpu_kernel void @E_16_4_49_8_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
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
  %v10 = shl i32 %v0, 6
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v6, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = getelementptr inbounds float, float* %data2, i32 %v12
  %v16 = load float, float* %v15
  %v17 = getelementptr inbounds float, float* %data3, i32 %v12
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %data4, i32 %v12
  %v20 = load float, float* %v19
  %v21_0 = insertelement <2 x float> poison, float %v16, i32 0
  %v21 = insertelement <2 x float> %v21_0, float %v14, i32 1
  %v22_0 = insertelement <2 x float> poison, float %v20, i32 0
  %v22 = insertelement <2 x float> %v22_0, float %v18, i32 1
  %v23 = mul i32 %v1, 1568
  %v24 = mul i32 %v4, 98
  %v25 = add nsw i32 %v23, %v24
  %v26 = shl i32 %v0, 1
  %v27 = add nsw i32 %v25, %v26
  %v28 = mul i32 %v2, 50176
  %v29 = mul i32 %v3, 6272
  %v30 = add nsw i32 %v28, %v29
  %v31 = add nsw i32 %v27, %v30
  %v32 = add nsw i32 %v31, 802816
  %v33 = getelementptr inbounds float, float* %data0, i32 %v32
  %v34 = getelementptr inbounds float, float* %data0, i32 %v31
  store <2 x float> %v21, <2 x float>* %v33
  store <2 x float> %v22, <2 x float>* %v34
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }