define amdgpu_kernel void @r_196_32_4_64_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [4 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = getelementptr inbounds float, float* %reg_0, i32 0
  %v3 = getelementptr inbounds float, float* %reg_0, i32 1
  %v4 = getelementptr inbounds float, float* %reg_0, i32 2
  %v5 = getelementptr inbounds float, float* %reg_0, i32 3
  %v6 = shl i32 %v0, 15
  %v7 = shl i32 %v1, 10
  %v8 = add nsw i32 %v6, %v7
  store float 0.0, float* %v2
  store float 0.0, float* %v3
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v13 = phi i32 [ 0, %loop_entry_0 ], [ %v13phi, %loop_footer_0 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 64
  br i1 %v13cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v14 = getelementptr inbounds float, float* %reg_0, i32 0
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %reg_0, i32 1
  %v17 = load float, float* %v16
  %v18 = getelementptr inbounds float, float* %reg_0, i32 2
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %reg_0, i32 3
  %v21 = load float, float* %v20
  %v22 = shl i32 %v13, 2
  %v23 = add nsw i32 %v8, %v22
  %v24 = add nsw i32 %v23, 256
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load <4 x float>, <4 x float>* %v25
  %v27 = add nsw i32 %v23, 512
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load <4 x float>, <4 x float>* %v28
  %v30 = add nsw i32 %v23, 768
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  %v32 = load <4 x float>, <4 x float>* %v31
  %v33 = getelementptr inbounds float, float* %data1, i32 %v23
  %v34 = load <4 x float>, <4 x float>* %v33
  %v35 = getelementptr inbounds float, float* %data2, i32 %v22
  %v36 = load <4 x float>, <4 x float>* %v35
  %v37 = extractelement <4 x float> %v26, i32 0
  %v38 = extractelement <4 x float> %v26, i32 1
  %v39 = extractelement <4 x float> %v26, i32 2
  %v40 = extractelement <4 x float> %v26, i32 3
  %v41 = extractelement <4 x float> %v29, i32 0
  %v42 = extractelement <4 x float> %v29, i32 1
  %v43 = extractelement <4 x float> %v29, i32 2
  %v44 = extractelement <4 x float> %v29, i32 3
  %v45 = extractelement <4 x float> %v32, i32 0
  %v46 = extractelement <4 x float> %v32, i32 1
  %v47 = extractelement <4 x float> %v32, i32 2
  %v48 = extractelement <4 x float> %v32, i32 3
  %v49 = extractelement <4 x float> %v34, i32 0
  %v50 = extractelement <4 x float> %v34, i32 1
  %v51 = extractelement <4 x float> %v34, i32 2
  %v52 = extractelement <4 x float> %v34, i32 3
  %v53 = extractelement <4 x float> %v36, i32 0
  %v54 = extractelement <4 x float> %v36, i32 1
  %v55 = extractelement <4 x float> %v36, i32 2
  %v56 = extractelement <4 x float> %v36, i32 3
  %v57 = fmul nsz arcp contract afn float %v49, %v53
  %v58 = fmul nsz arcp contract afn float %v50, %v54
  %v59 = fadd nsz arcp contract afn float %v57, %v58
  %v60 = fmul nsz arcp contract afn float %v51, %v55
  %v61 = fadd nsz arcp contract afn float %v59, %v60
  %v62 = fmul nsz arcp contract afn float %v52, %v56
  %v63 = fadd nsz arcp contract afn float %v61, %v62
  %v64 = fadd nsz arcp contract afn float %v15, %v63
  %v65 = fmul nsz arcp contract afn float %v37, %v53
  %v66 = fmul nsz arcp contract afn float %v38, %v54
  %v67 = fadd nsz arcp contract afn float %v65, %v66
  %v68 = fmul nsz arcp contract afn float %v39, %v55
  %v69 = fadd nsz arcp contract afn float %v67, %v68
  %v70 = fmul nsz arcp contract afn float %v40, %v56
  %v71 = fadd nsz arcp contract afn float %v69, %v70
  %v72 = fadd nsz arcp contract afn float %v17, %v71
  %v73 = fmul nsz arcp contract afn float %v41, %v53
  %v74 = fmul nsz arcp contract afn float %v42, %v54
  %v75 = fadd nsz arcp contract afn float %v73, %v74
  %v76 = fmul nsz arcp contract afn float %v43, %v55
  %v77 = fadd nsz arcp contract afn float %v75, %v76
  %v78 = fmul nsz arcp contract afn float %v44, %v56
  %v79 = fadd nsz arcp contract afn float %v77, %v78
  %v80 = fadd nsz arcp contract afn float %v19, %v79
  %v81 = fmul nsz arcp contract afn float %v45, %v53
  %v82 = fmul nsz arcp contract afn float %v46, %v54
  %v83 = fadd nsz arcp contract afn float %v81, %v82
  %v84 = fmul nsz arcp contract afn float %v47, %v55
  %v85 = fadd nsz arcp contract afn float %v83, %v84
  %v86 = fmul nsz arcp contract afn float %v48, %v56
  %v87 = fadd nsz arcp contract afn float %v85, %v86
  %v88 = fadd nsz arcp contract afn float %v21, %v87
  store float %v64, float* %v14
  store float %v72, float* %v16
  store float %v80, float* %v18
  store float %v88, float* %v20
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v94 = getelementptr inbounds float, float* %reg_0, i32 0
  %v95 = load float, float* %v94
  %v96 = getelementptr inbounds float, float* %reg_0, i32 1
  %v97 = load float, float* %v96
  %v98 = getelementptr inbounds float, float* %reg_0, i32 2
  %v99 = load float, float* %v98
  %v100 = getelementptr inbounds float, float* %reg_0, i32 3
  %v101 = load float, float* %v100
  %v102_0 = insertelement <4 x float> poison, float %v95, i32 0
  %v102_1 = insertelement <4 x float> %v102_0, float %v97, i32 1
  %v102_2 = insertelement <4 x float> %v102_1, float %v99, i32 2
  %v102 = insertelement <4 x float> %v102_2, float %v101, i32 3
  %v103 = shl i32 %v0, 7
  %v104 = shl i32 %v1, 2
  %v105 = add nsw i32 %v103, %v104
  %v106 = getelementptr inbounds float, float* %data0, i32 %v105
  store <4 x float> %v102, <4 x float>* %v106
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }