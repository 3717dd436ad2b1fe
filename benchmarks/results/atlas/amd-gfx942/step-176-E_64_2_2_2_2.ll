define amdgpu_kernel void @E_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v5 = shl i32 %v3, 1
  %v6 = add nsw i32 %v4, %v5
  %v7 = shl i32 %v0, 3
  %v8 = shl i32 %v2, 2
  %v9 = add nsw i32 %v7, %v8
  %v10 = add nsw i32 %v6, %v9
  %v11 = shl i32 %v1, 4
  %v12 = add nsw i32 %v10, %v11
  %v13 = getelementptr inbounds float, float* %data0, i32 %v12
  %v14 = load float, float* %v13
  %v15 = shl i32 %v3, 6
  %v16 = add nsw i32 %v1, %v15
  %v17 = shl i32 %v0, 7
  %v18 = add nsw i32 %v16, %v17
  %v19 = shl i32 %v2, 9
  %v20 = shl i32 %v4, 8
  %v21 = add nsw i32 %v19, %v20
  %v22 = add nsw i32 %v18, %v21
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load float, float* %v23
  %v25 = getelementptr inbounds float, float* %data2, i32 %v22
  %v26 = load float, float* %v25
  %v27 = fadd nsz arcp contract afn float %v24, %v26
  %v28 = fmul nsz arcp contract afn float 0.10000000149011612, %v27
  %v29 = fmul nsz arcp contract afn float 0.8999999761581421, %v14
  %v30 = fadd nsz arcp contract afn float %v29, %v28
  store float %v30, float* %v13
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,8" "no-trapping-math"="true" }