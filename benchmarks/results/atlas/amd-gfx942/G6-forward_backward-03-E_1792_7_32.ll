define amdgpu_kernel void @E_1792_7_32(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = mul i32 %v1, 896
  %v4 = mul i32 %v2, 28
  %v5 = add nsw i32 %v3, %v4
  %v6 = shl i32 %v0, 1
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v7, 14
  %v9 = getelementptr inbounds float, float* %data1, i32 %v8
  %v10 = load float, float* %v9
  %v11 = mul i32 %v1, 224
  %v12 = mul i32 %v2, 7
  %v13 = add nsw i32 %v11, %v12
  %v14 = add nsw i32 %v0, %v13
  %v15 = getelementptr inbounds float, float* %data0, i32 %v14
  store float %v10, float* %v15
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }