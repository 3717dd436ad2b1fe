define amdgpu_kernel void @E_128_7_7_16_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = srem i32 %v0, 7
  %v7 = add nsw i32 %v5, %v6
  %v8 = shl i32 %v1, 3
  %v9 = shl i32 %v4, 3
  %v10 = add nsw i32 %v8, %v9
  %v11 = add nsw i32 %v7, %v10
  %v12 = shl i32 %v3, 6
  %v13 = sdiv i32 %v0, 7
  %v14 = shl i32 %v13, 10
  %v15 = add nsw i32 %v12, %v14
  %v16 = add nsw i32 %v11, %v15
  %v17 = shl i32 %v2, 14
  %v18 = add nsw i32 %v16, %v17
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = shl i32 %v3, 2
  %v22 = shl i32 %v13, 6
  %v23 = add nsw i32 %v21, %v22
  %v24 = shl i32 %v4, 1
  %v25 = add nsw i32 %v23, %v24
  %v26 = add nsw i32 %v5, %v25
  %v27 = mul i32 %v1, 7168
  %v28 = mul i32 %v2, 50176
  %v29 = add nsw i32 %v27, %v28
  %v30 = shl i32 %v6, 10
  %v31 = add nsw i32 %v29, %v30
  %v32 = add nsw i32 %v26, %v31
  %v33 = getelementptr inbounds float, float* %data0, i32 %v32
  store float %v20, float* %v33
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }