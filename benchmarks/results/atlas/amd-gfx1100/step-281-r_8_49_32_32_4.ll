define amdgpu_kernel void @r_8_49_32_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  %reg_0 = alloca [1 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = mul i32 %v1, 1568
  %v4 = mul i32 %v2, 49
  %v5 = add nsw i32 %v3, %v4
  %v6 = add nsw i32 %v0, %v5
  %v7 = getelementptr inbounds float, float* %data2, i32 %v6
  %v8 = load float, float* %v7
  %v9 = getelementptr inbounds float, float* %reg_0, i32 0
  %v10 = shl i32 %v1, 5
  %v11 = add nsw i32 %v2, %v10
  %v12 = shl i32 %v0, 8
  %v13 = add nsw i32 %v11, %v12
  %v14 = fmul nsz arcp contract afn float %v8, -1.0
  store float 0.0, float* %v9
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v16 = phi i32 [ 0, %loop_entry_0 ], [ %v16phi, %loop_footer_0 ]
  %v16phi = add i32 %v16, 1
  %v16cmp = icmp ult i32 %v16, 32
  br i1 %v16cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v17 = mul i32 %v16, 50176
  %v18 = add nsw i32 %v6, %v17
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v18, 12544
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24 = add nsw i32 %v18, 25088
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v18, 37632
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data4, i32 %v18
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %data4, i32 %v21
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %data4, i32 %v24
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %data4, i32 %v27
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v13, %v17
  %v39 = getelementptr inbounds float, float* %data5, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v38, 12544
  %v42 = getelementptr inbounds float, float* %data5, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v38, 25088
  %v45 = getelementptr inbounds float, float* %data5, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v38, 37632
  %v48 = getelementptr inbounds float, float* %data5, i32 %v47
  %v49 = load float, float* %v48
  %v50 = getelementptr inbounds float, float* %reg_0, i32 0
  %v51 = load float, float* %v50
  %v52 = fadd nsz arcp contract afn float %v20, %v14
  %v53 = fadd nsz arcp contract afn float %v23, %v14
  %v54 = fadd nsz arcp contract afn float %v26, %v14
  %v55 = fadd nsz arcp contract afn float %v29, %v14
  %v56 = fcmp nsz arcp contract afn olt float 0.0, %v31
  %v57 = select i1 %v56, float %v40, float 0.0
  %v58 = fmul nsz arcp contract afn float %v52, %v57
  %v59 = fcmp nsz arcp contract afn olt float 0.0, %v33
  %v60 = select i1 %v59, float %v43, float 0.0
  %v61 = fmul nsz arcp contract afn float %v53, %v60
  %v62 = fadd nsz arcp contract afn float %v58, %v61
  %v63 = fcmp nsz arcp contract afn olt float 0.0, %v35
  %v64 = select i1 %v63, float %v46, float 0.0
  %v65 = fmul nsz arcp contract afn float %v54, %v64
  %v66 = fadd nsz arcp contract afn float %v62, %v65
  %v67 = fcmp nsz arcp contract afn olt float 0.0, %v37
  %v68 = select i1 %v67, float %v49, float 0.0
  %v69 = fmul nsz arcp contract afn float %v55, %v68
  %v70 = fadd nsz arcp contract afn float %v66, %v69
  %v71 = fadd nsz arcp contract afn float %v51, %v70
  store float %v71, float* %v50
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v74 = getelementptr inbounds float, float* %data3, i32 %v6
  %v75 = load float, float* %v74
  %v76 = getelementptr inbounds float, float* %reg_0, i32 0
  %v77 = load float, float* %v76
  %v78 = getelementptr inbounds float, float* %data0, i32 %v6
  %v79 = fadd nsz arcp contract afn float %v75, 9.999999747378752e-06
  %v80 = call float @llvm.sqrt.float(float %v79)
  %v81 = fdiv nsz arcp contract afn float %v77, %v80
  store float %v81, float* %v78
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }