define amdgpu_kernel void @E_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v5 = shl i32 %v4, 1
  %v6 = add nsw i32 %v2, %v5
  %v7 = shl i32 %v0, 2
  %v8 = add nsw i32 %v6, %v7
  %v9 = shl i32 %v3, 3
  %v10 = add nsw i32 %v8, %v9
  %v11 = shl i32 %v1, 4
  %v12 = add nsw i32 %v10, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = shl i32 %v0, 3
  %v16 = shl i32 %v2, 2
  %v17 = add nsw i32 %v15, %v16
  %v18 = shl i32 %v3, 1
  %v19 = add nsw i32 %v17, %v18
  %v20 = add nsw i32 %v4, %v19
  %v21 = add nsw i32 %v20, %v11
  %v22 = getelementptr inbounds float, float* %data0, i32 %v21
  store float %v14, float* %v22
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,8" "no-trapping-math"="true" }