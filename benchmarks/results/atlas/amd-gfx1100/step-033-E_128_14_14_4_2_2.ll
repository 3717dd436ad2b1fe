define amdgpu_kernel void @E_128_14_14_4_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = add nsw i32 %v0, %v5
  %v7 = mul i32 %v1, 15
  %v8 = mul i32 %v4, 15
  %v9 = add nsw i32 %v7, %v8
  %v10 = add nsw i32 %v6, %v9
  %v11 = mul i32 %v3, 225
  %v12 = add nsw i32 %v10, %v11
  %v13 = mul i32 %v2, 900
  %v14 = add nsw i32 %v12, %v13
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = shl i32 %v3, 2
  %v18 = shl i32 %v4, 1
  %v19 = add nsw i32 %v17, %v18
  %v20 = add nsw i32 %v5, %v19
  %v21 = mul i32 %v1, 224
  %v22 = mul i32 %v2, 3136
  %v23 = add nsw i32 %v21, %v22
  %v24 = shl i32 %v0, 4
  %v25 = add nsw i32 %v23, %v24
  %v26 = add nsw i32 %v20, %v25
  %v27 = getelementptr inbounds float, float* %data0, i32 %v26
  store float %v16, float* %v27
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }