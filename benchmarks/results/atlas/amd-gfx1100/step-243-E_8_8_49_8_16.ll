define amdgpu_kernel void @E_8_8_49_8_16(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v2, 392
  %v6 = mul i32 %v3, 49
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v0, %v7
  %v9 = mul i32 %v1, 50176
  %v10 = mul i32 %v4, 3136
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = mul i32 %v1, 784
  %v16 = mul i32 %v4, 49
  %v17 = add nsw i32 %v15, %v16
  %v18 = add nsw i32 %v0, %v17
  %v19 = mul i32 %v2, 50176
  %v20 = mul i32 %v3, 6272
  %v21 = add nsw i32 %v19, %v20
  %v22 = add nsw i32 %v18, %v21
  %v23 = getelementptr inbounds float, float* %data0, i32 %v22
  store float %v14, float* %v23
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }