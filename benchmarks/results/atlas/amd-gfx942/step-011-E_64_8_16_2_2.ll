define amdgpu_kernel void @E_64_8_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v5 = mul i32 %v3, -8
  %v6 = mul i32 %v4, -2
  %v7 = add nsw i32 %v5, %v6
  %v8 = shl i32 %v1, 4
  %v9 = add nsw i32 %v7, %v8
  %v10 = shl i32 %v0, 14
  %v11 = shl i32 %v2, 10
  %v12 = add nsw i32 %v10, %v11
  %v13 = add nsw i32 %v9, %v12
  %v14 = add nsw i32 %v13, 15
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = shl i32 %v0, 6
  %v18 = shl i32 %v2, 2
  %v19 = add nsw i32 %v17, %v18
  %v20 = shl i32 %v3, 1
  %v21 = add nsw i32 %v19, %v20
  %v22 = add nsw i32 %v4, %v21
  %v23 = shl i32 %v1, 9
  %v24 = add nsw i32 %v22, %v23
  %v25 = getelementptr inbounds float, float* %data0, i32 %v24
  store float %v16, float* %v25
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }