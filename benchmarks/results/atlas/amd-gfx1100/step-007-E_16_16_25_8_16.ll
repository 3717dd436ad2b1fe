define amdgpu_kernel void @E_16_16_25_8_16(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v2, 200
  %v6 = mul i32 %v3, 25
  %v7 = add nsw i32 %v5, %v6
  %v8 = mul i32 %v0, -1
  %v9 = add nsw i32 %v7, %v8
  %v10 = mul i32 %v1, 51200
  %v11 = mul i32 %v4, 3200
  %v12 = add nsw i32 %v10, %v11
  %v13 = add nsw i32 %v9, %v12
  %v14 = add nsw i32 %v13, 24
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = mul i32 %v1, 400
  %v18 = mul i32 %v4, 25
  %v19 = add nsw i32 %v17, %v18
  %v20 = add nsw i32 %v0, %v19
  %v21 = mul i32 %v2, 51200
  %v22 = mul i32 %v3, 6400
  %v23 = add nsw i32 %v21, %v22
  %v24 = add nsw i32 %v20, %v23
  %v25 = getelementptr inbounds float, float* %data0, i32 %v24
  store float %v16, float* %v25
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }