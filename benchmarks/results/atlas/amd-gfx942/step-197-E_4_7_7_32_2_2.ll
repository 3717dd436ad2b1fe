define amdgpu_kernel void @E_4_7_7_32_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = mul i32 %v1, 120
  %v7 = mul i32 %v4, 60
  %v8 = add nsw i32 %v6, %v7
  %v9 = shl i32 %v0, 3
  %v10 = shl i32 %v5, 2
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v11, %v8
  %v13 = mul i32 %v2, 28800
  %v14 = mul i32 %v3, 900
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v12, %v15
  %v17 = add nsw i32 %v16, 3
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = mul i32 %v1, 112
  %v21 = mul i32 %v4, 56
  %v22 = add nsw i32 %v20, %v21
  %v23 = shl i32 %v0, 2
  %v24 = shl i32 %v5, 1
  %v25 = add nsw i32 %v23, %v24
  %v26 = add nsw i32 %v25, %v22
  %v27 = mul i32 %v2, 25088
  %v28 = mul i32 %v3, 784
  %v29 = add nsw i32 %v27, %v28
  %v30 = add nsw i32 %v26, %v29
  %v31 = getelementptr inbounds float, float* %data2, i32 %v30
  %v32 = load float, float* %v31
  %v33 = shl i32 %v0, 1
  %v34 = add nsw i32 %v5, %v33
  %v35 = mul i32 %v1, 28
  %v36 = mul i32 %v4, 14
  %v37 = add nsw i32 %v35, %v36
  %v38 = add nsw i32 %v34, %v37
  %v39 = mul i32 %v2, 6272
  %v40 = mul i32 %v3, 196
  %v41 = add nsw i32 %v39, %v40
  %v42 = add nsw i32 %v38, %v41
  %v43 = getelementptr inbounds float, float* %data0, i32 %v42
  %v44 = fadd nsz arcp contract afn float 1.0, %v32
  %v45 = fdiv nsz arcp contract afn float -1.0, %v44
  %v46 = fadd nsz arcp contract afn float 1.0, %v45
  %v47 = fdiv nsz arcp contract afn float %v19, %v44
  %v48 = fmul nsz arcp contract afn float %v47, %v46
  %v49 = fmul nsz arcp contract afn float %v48, 4.0
  store float %v49, float* %v43
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }