define amdgpu_kernel void @E_8_8_49_8_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v2, 1568
  %v6 = mul i32 %v3, 196
  %v7 = add nsw i32 %v5, %v6
  %v8 = shl i32 %v0, 2
  %v9 = add nsw i32 %v7, %v8
  %v10 = mul i32 %v1, 200704
  %v11 = mul i32 %v4, 12544
  %v12 = add nsw i32 %v10, %v11
  %v13 = add nsw i32 %v9, %v12
  %v14 = getelementptr inbounds float, float* %data1, i32 %v13
  %v15 = load <4 x float>, <4 x float>* %v14
  %v16 = mul i32 %v1, 3136
  %v17 = mul i32 %v4, 196
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v18, %v8
  %v20 = mul i32 %v2, 200704
  %v21 = mul i32 %v3, 25088
  %v22 = add nsw i32 %v20, %v21
  %v23 = add nsw i32 %v19, %v22
  %v24 = getelementptr inbounds float, float* %data0, i32 %v23
  store <4 x float> %v15, <4 x float>* %v24
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }