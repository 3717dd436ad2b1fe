define amdgpu_kernel void @E_16_8_49_8_16(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v1, 784
  %v6 = mul i32 %v4, 49
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v0, %v7
  %v9 = mul i32 %v2, 50176
  %v10 = mul i32 %v3, 6272
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = shl i32 %v1, 4
  %v16 = add nsw i32 %v4, %v15
  %v17 = shl i32 %v0, 7
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v18, %v11
  %v20 = getelementptr inbounds float, float* %data2, i32 %v19
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %data3, i32 %v19
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data4, i32 %v19
  %v25 = load float, float* %v24
  %v26 = getelementptr inbounds float, float* %data5, i32 %v19
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data0, i32 %v12
  %v29 = fadd nsz arcp contract afn float %v21, %v23
  %v30 = fadd nsz arcp contract afn float %v29, %v25
  %v31 = fadd nsz arcp contract afn float %v30, %v27
  %v32 = fcmp nsz arcp contract afn olt float 0.0, %v14
  %v33 = select i1 %v32, float %v31, float 0.0
  store float %v33, float* %v28
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }