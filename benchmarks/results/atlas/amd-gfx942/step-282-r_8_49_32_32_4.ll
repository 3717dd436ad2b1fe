define amdgpu_kernel void @r_8_49_32_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [1 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = mul i32 %v1, 1568
  %v5 = mul i32 %v2, 49
  %v6 = add nsw i32 %v4, %v5
  %v7 = add nsw i32 %v0, %v6
  %v8 = shl i32 %v1, 5
  %v9 = add nsw i32 %v2, %v8
  %v10 = shl i32 %v0, 8
  %v11 = add nsw i32 %v9, %v10
  store float 0.0, float* %v3
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v13 = phi i32 [ 0, %loop_entry_0 ], [ %v13phi, %loop_footer_0 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 32
  br i1 %v13cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v14 = mul i32 %v13, 50176
  %v15 = add nsw i32 %v7, %v14
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v15, 12544
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v15, 25088
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24 = add nsw i32 %v15, 37632
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v11, %v14
  %v28 = getelementptr inbounds float, float* %data2, i32 %v27
  %v29 = load float, float* %v28
  %v30 = add nsw i32 %v27, 12544
  %v31 = getelementptr inbounds float, float* %data2, i32 %v30
  %v32 = load float, float* %v31
  %v33 = add nsw i32 %v27, 25088
  %v34 = getelementptr inbounds float, float* %data2, i32 %v33
  %v35 = load float, float* %v34
  %v36 = add nsw i32 %v27, 37632
  %v37 = getelementptr inbounds float, float* %data2, i32 %v36
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_0, i32 0
  %v40 = load float, float* %v39
  %v41 = fcmp nsz arcp contract afn olt float 0.0, %v17
  %v42 = fcmp nsz arcp contract afn olt float 0.0, %v20
  %v43 = select i1 %v41, float %v29, float 0.0
  %v44 = select i1 %v42, float %v32, float 0.0
  %v45 = fadd nsz arcp contract afn float %v43, %v44
  %v46 = fcmp nsz arcp contract afn olt float 0.0, %v23
  %v47 = select i1 %v46, float %v35, float 0.0
  %v48 = fadd nsz arcp contract afn float %v45, %v47
  %v49 = fcmp nsz arcp contract afn olt float 0.0, %v26
  %v50 = select i1 %v49, float %v38, float 0.0
  %v51 = fadd nsz arcp contract afn float %v48, %v50
  %v52 = fadd nsz arcp contract afn float %v40, %v51
  store float %v52, float* %v39
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v55 = getelementptr inbounds float, float* %reg_0, i32 0
  %v56 = load float, float* %v55
  %v57 = getelementptr inbounds float, float* %data0, i32 %v7
  store float %v56, float* %v57
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }