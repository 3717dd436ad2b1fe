define amdgpu_kernel void @E_16_8_49_8_16(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = shl i32 %v1, 4
  %v6 = add nsw i32 %v4, %v5
  %v7 = shl i32 %v0, 7
  %v8 = add nsw i32 %v6, %v7
  %v9 = mul i32 %v2, 50176
  %v10 = mul i32 %v3, 6272
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = getelementptr inbounds float, float* %data2, i32 %v12
  %v16 = load float, float* %v15
  %v17 = getelementptr inbounds float, float* %data3, i32 %v12
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %data4, i32 %v12
  %v20 = load float, float* %v19
  %v21 = mul i32 %v1, 784
  %v22 = mul i32 %v4, 49
  %v23 = add nsw i32 %v21, %v22
  %v24 = add nsw i32 %v0, %v23
  %v25 = add nsw i32 %v24, %v11
  %v26 = getelementptr inbounds float, float* %data0, i32 %v25
  %v27 = fadd nsz arcp contract afn float %v14, %v16
  %v28 = fadd nsz arcp contract afn float %v27, %v18
  %v29 = fadd nsz arcp contract afn float %v28, %v20
  store float %v29, float* %v26
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }