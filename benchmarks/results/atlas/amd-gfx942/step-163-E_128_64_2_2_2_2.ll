define amdgpu_kernel void @E_128_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = shl i32 %v4, 1
  %v7 = add nsw i32 %v5, %v6
  %v8 = shl i32 %v0, 3
  %v9 = shl i32 %v3, 2
  %v10 = add nsw i32 %v8, %v9
  %v11 = add nsw i32 %v7, %v10
  %v12 = shl i32 %v1, 4
  %v13 = add nsw i32 %v11, %v12
  %v14 = shl i32 %v2, 10
  %v15 = add nsw i32 %v13, %v14
  %v16 = getelementptr inbounds float, float* %data0, i32 %v15
  %v17 = load float, float* %v16
  %v18 = shl i32 %v4, 7
  %v19 = add nsw i32 %v2, %v18
  %v20 = shl i32 %v0, 8
  %v21 = add nsw i32 %v19, %v20
  %v22 = shl i32 %v3, 10
  %v23 = shl i32 %v5, 9
  %v24 = add nsw i32 %v22, %v23
  %v25 = shl i32 %v1, 11
  %v26 = add nsw i32 %v24, %v25
  %v27 = add nsw i32 %v21, %v26
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data2, i32 %v27
  %v31 = load float, float* %v30
  %v32 = fadd nsz arcp contract afn float %v29, %v31
  %v33 = fmul nsz arcp contract afn float %v32, %v32
  %v34 = fmul nsz arcp contract afn float 0.0010000000474974513, %v33
  %v35 = fmul nsz arcp contract afn float 0.9990000128746033, %v17
  %v36 = fadd nsz arcp contract afn float %v35, %v34
  store float %v36, float* %v16
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,8" "no-trapping-math"="true" }