define amdgpu_kernel void @E_256_8_7_7_2_2_16(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = sdiv i32 %v0, 7
  %v7 = add nsw i32 %v4, %v6
  %v8 = shl i32 %v3, 3
  %v9 = srem i32 %v0, 7
  %v10 = shl i32 %v9, 3
  %v11 = add nsw i32 %v8, %v10
  %v12 = add nsw i32 %v7, %v11
  %v13 = shl i32 %v2, 6
  %v14 = add nsw i32 %v12, %v13
  %v15 = shl i32 %v1, 18
  %v16 = shl i32 %v5, 14
  %v17 = add nsw i32 %v15, %v16
  %v18 = add nsw i32 %v14, %v17
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = mul i32 %v1, 784
  %v22 = mul i32 %v5, 49
  %v23 = add nsw i32 %v21, %v22
  %v24 = mul i32 %v9, 7
  %v25 = add nsw i32 %v23, %v24
  %v26 = add nsw i32 %v25, %v6
  %v27 = mul i32 %v2, 25088
  %v28 = mul i32 %v3, 12544
  %v29 = add nsw i32 %v27, %v28
  %v30 = mul i32 %v4, 6272
  %v31 = add nsw i32 %v29, %v30
  %v32 = add nsw i32 %v26, %v31
  %v33 = getelementptr inbounds float, float* %data0, i32 %v32
  store float %v20, float* %v33
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }