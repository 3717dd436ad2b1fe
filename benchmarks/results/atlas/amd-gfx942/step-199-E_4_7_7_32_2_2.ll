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
  %v17 = add nsw i32 %v16, 64
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
  %v31 = add nsw i32 %v30, 29
  %v32 = getelementptr inbounds float, float* %data2, i32 %v31
  %v33 = load float, float* %v32
  %v34 = shl i32 %v0, 1
  %v35 = add nsw i32 %v5, %v34
  %v36 = mul i32 %v1, 28
  %v37 = mul i32 %v4, 14
  %v38 = add nsw i32 %v36, %v37
  %v39 = add nsw i32 %v35, %v38
  %v40 = mul i32 %v2, 6272
  %v41 = mul i32 %v3, 196
  %v42 = add nsw i32 %v40, %v41
  %v43 = add nsw i32 %v39, %v42
  %v44 = getelementptr inbounds float, float* %data0, i32 %v43
  %v45 = fadd nsz arcp contract afn float 1.0, %v33
  %v46 = fdiv nsz arcp contract afn float -1.0, %v45
  %v47 = fadd nsz arcp contract afn float 1.0, %v46
  %v48 = fdiv nsz arcp contract afn float %v19, %v45
  %v49 = fmul nsz arcp contract afn float %v48, %v47
  %v50 = fmul nsz arcp contract afn float %v49, 4.0
  store float %v50, float* %v44
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }