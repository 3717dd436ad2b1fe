define amdgpu_kernel void @E_4_2_2_8_7_7_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = sdiv i32 %v0, 112
  %v7 = shl i32 %v6, 1
  %v8 = add nsw i32 %v5, %v7
  %v9 = and i32 %v0, 1
  %v10 = add nsw i32 %v8, %v9
  %v11 = mul i32 %v4, 15
  %v12 = ashr i32 %v0, 4
  %v13 = srem i32 %v12, 7
  %v14 = mul i32 %v13, 30
  %v15 = add nsw i32 %v11, %v14
  %v16 = mul i32 %v1, 15
  %v17 = add nsw i32 %v15, %v16
  %v18 = add nsw i32 %v10, %v17
  %v19 = mul i32 %v2, 225
  %v20 = add nsw i32 %v18, %v19
  %v21 = mul i32 %v3, 900
  %v22 = ashr i32 %v0, 1
  %v23 = and i32 %v22, 7
  %v24 = mul i32 %v23, 14400
  %v25 = add nsw i32 %v21, %v24
  %v26 = add nsw i32 %v20, %v25
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = load float, float* %v27
  %v29 = mul i32 %v3, 196
  %v30 = mul i32 %v23, 3136
  %v31 = add nsw i32 %v29, %v30
  %v32 = mul i32 %v4, 14
  %v33 = mul i32 %v13, 28
  %v34 = add nsw i32 %v32, %v33
  %v35 = add nsw i32 %v31, %v34
  %v36 = add nsw i32 %v8, %v35
  %v37 = mul i32 %v1, 50176
  %v38 = mul i32 %v2, 100352
  %v39 = add nsw i32 %v37, %v38
  %v40 = mul i32 %v9, 25088
  %v41 = add nsw i32 %v39, %v40
  %v42 = add nsw i32 %v36, %v41
  %v43 = getelementptr inbounds float, float* %data0, i32 %v42
  store float %v28, float* %v43
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }