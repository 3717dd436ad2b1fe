define amdgpu_kernel void @E_2_32_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v4 = mul i32 %v2, -8
  %v5 = mul i32 %v3, -2
  %v6 = add nsw i32 %v4, %v5
  %v7 = shl i32 %v0, 9
  %v8 = shl i32 %v1, 4
  %v9 = add nsw i32 %v7, %v8
  %v10 = add nsw i32 %v9, %v6
  %v11 = add nsw i32 %v10, 15
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = shl i32 %v0, 7
  %v15 = shl i32 %v1, 2
  %v16 = add nsw i32 %v14, %v15
  %v17 = shl i32 %v2, 1
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v3, %v18
  %v20 = getelementptr inbounds float, float* %data0, i32 %v19
  store float %v13, float* %v20
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }