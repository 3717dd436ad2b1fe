define amdgpu_kernel void @E_32_8_25_8_16(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v1, 400
  %v6 = mul i32 %v4, 25
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v0, %v7
  %v9 = mul i32 %v2, 25600
  %v10 = mul i32 %v3, 3200
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = getelementptr inbounds float, float* %data0, i32 %v12
  %v14 = load float, float* %v13
  %v15 = shl i32 %v1, 4
  %v16 = add nsw i32 %v4, %v15
  %v17 = mul i32 %v0, -128
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v18, %v11
  %v20 = add nsw i32 %v19, 3072
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = load float, float* %v21
  %v23 = fmul nsz arcp contract afn float %v22, %v22
  %v24 = fmul nsz arcp contract afn float 0.0010000000474974513, %v23
  %v25 = fmul nsz arcp contract afn float 0.9990000128746033, %v14
  %v26 = fadd nsz arcp contract afn float %v25, %v24
  store float %v26, float* %v13
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }