define amdgpu_kernel void @r_98_32_4_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [4 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 7
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data2, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = getelementptr inbounds float, float* %reg_0, i32 0
  %v8 = getelementptr inbounds float, float* %reg_0, i32 1
  %v9 = getelementptr inbounds float, float* %reg_0, i32 2
  %v10 = getelementptr inbounds float, float* %reg_0, i32 3
  %v11 = extractelement <4 x float> %v6, i32 0
  %v12 = extractelement <4 x float> %v6, i32 1
  %v13 = extractelement <4 x float> %v6, i32 2
  %v14 = extractelement <4 x float> %v6, i32 3
  %v15 = fmul nsz arcp contract afn float %v11, -1.0
  %v16 = fmul nsz arcp contract afn float %v12, -1.0
  %v17 = fmul nsz arcp contract afn float %v13, -1.0
  %v18 = fmul nsz arcp contract afn float %v14, -1.0
  store float 0.0, float* %v7
  store float 0.0, float* %v8
  store float 0.0, float* %v9
  store float 0.0, float* %v10
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v23 = phi i32 [ 0, %loop_entry_0 ], [ %v23phi, %loop_footer_0 ]
  %v23phi = add i32 %v23, 1
  %v23cmp = icmp ult i32 %v23, 32
  br i1 %v23cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v24 = getelementptr inbounds float, float* %reg_0, i32 0
  %v25 = load float, float* %v24
  %v26 = getelementptr inbounds float, float* %reg_0, i32 1
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %reg_0, i32 2
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %reg_0, i32 3
  %v31 = load float, float* %v30
  %v32 = mul i32 %v23, 50176
  %v33 = add nsw i32 %v4, %v32
  %v34 = add nsw i32 %v33, 12544
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  %v36 = load <4 x float>, <4 x float>* %v35
  %v37 = add nsw i32 %v33, 25088
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = load <4 x float>, <4 x float>* %v38
  %v40 = add nsw i32 %v33, 37632
  %v41 = getelementptr inbounds float, float* %data1, i32 %v40
  %v42 = load <4 x float>, <4 x float>* %v41
  %v43 = getelementptr inbounds float, float* %data1, i32 %v33
  %v44 = load <4 x float>, <4 x float>* %v43
  %v45 = extractelement <4 x float> %v36, i32 0
  %v46 = extractelement <4 x float> %v36, i32 1
  %v47 = extractelement <4 x float> %v36, i32 2
  %v48 = extractelement <4 x float> %v36, i32 3
  %v49 = extractelement <4 x float> %v39, i32 0
  %v50 = extractelement <4 x float> %v39, i32 1
  %v51 = extractelement <4 x float> %v39, i32 2
  %v52 = extractelement <4 x float> %v39, i32 3
  %v53 = extractelement <4 x float> %v42, i32 0
  %v54 = extractelement <4 x float> %v42, i32 1
  %v55 = extractelement <4 x float> %v42, i32 2
  %v56 = extractelement <4 x float> %v42, i32 3
  %v57 = extractelement <4 x float> %v44, i32 0
  %v58 = extractelement <4 x float> %v44, i32 1
  %v59 = extractelement <4 x float> %v44, i32 2
  %v60 = extractelement <4 x float> %v44, i32 3
  %v61 = fadd nsz arcp contract afn float %v45, %v15
  %v62 = fadd nsz arcp contract afn float %v46, %v16
  %v63 = fadd nsz arcp contract afn float %v47, %v17
  %v64 = fadd nsz arcp contract afn float %v48, %v18
  %v65 = fadd nsz arcp contract afn float %v49, %v15
  %v66 = fadd nsz arcp contract afn float %v50, %v16
  %v67 = fadd nsz arcp contract afn float %v51, %v17
  %v68 = fadd nsz arcp contract afn float %v52, %v18
  %v69 = fadd nsz arcp contract afn float %v53, %v15
  %v70 = fadd nsz arcp contract afn float %v54, %v16
  %v71 = fadd nsz arcp contract afn float %v55, %v17
  %v72 = fadd nsz arcp contract afn float %v56, %v18
  %v73 = fadd nsz arcp contract afn float %v57, %v15
  %v74 = fadd nsz arcp contract afn float %v58, %v16
  %v75 = fadd nsz arcp contract afn float %v59, %v17
  %v76 = fadd nsz arcp contract afn float %v60, %v18
  %v77 = fmul nsz arcp contract afn float %v61, %v61
  %v78 = fmul nsz arcp contract afn float %v73, %v73
  %v79 = fadd nsz arcp contract afn float %v78, %v77
  %v80 = fmul nsz arcp contract afn float %v65, %v65
  %v81 = fadd nsz arcp contract afn float %v79, %v80
  %v82 = fmul nsz arcp contract afn float %v69, %v69
  %v83 = fadd nsz arcp contract afn float %v81, %v82
  %v84 = fadd nsz arcp contract afn float %v25, %v83
  %v85 = fmul nsz arcp contract afn float %v62, %v62
  %v86 = fmul nsz arcp contract afn float %v74, %v74
  %v87 = fadd nsz arcp contract afn float %v86, %v85
  %v88 = fmul nsz arcp contract afn float %v66, %v66
  %v89 = fadd nsz arcp contract afn float %v87, %v88
  %v90 = fmul nsz arcp contract afn float %v70, %v70
  %v91 = fadd nsz arcp contract afn float %v89, %v90
  %v92 = fadd nsz arcp contract afn float %v27, %v91
  %v93 = fmul nsz arcp contract afn float %v63, %v63
  %v94 = fmul nsz arcp contract afn float %v75, %v75
  %v95 = fadd nsz arcp contract afn float %v94, %v93
  %v96 = fmul nsz arcp contract afn float %v67, %v67
  %v97 = fadd nsz arcp contract afn float %v95, %v96
  %v98 = fmul nsz arcp contract afn float %v71, %v71
  %v99 = fadd nsz arcp contract afn float %v97, %v98
  %v100 = fadd nsz arcp contract afn float %v29, %v99
  %v101 = fmul nsz arcp contract afn float %v64, %v64
  %v102 = fmul nsz arcp contract afn float %v76, %v76
  %v103 = fadd nsz arcp contract afn float %v102, %v101
  %v104 = fmul nsz arcp contract afn float %v68, %v68
  %v105 = fadd nsz arcp contract afn float %v103, %v104
  %v106 = fmul nsz arcp contract afn float %v72, %v72
  %v107 = fadd nsz arcp contract afn float %v105, %v106
  %v108 = fadd nsz arcp contract afn float %v31, %v107
  store float %v84, float* %v24
  store float %v92, float* %v26
  store float %v100, float* %v28
  store float %v108, float* %v30
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v114 = getelementptr inbounds float, float* %reg_0, i32 0
  %v115 = load float, float* %v114
  %v116 = getelementptr inbounds float, float* %reg_0, i32 1
  %v117 = load float, float* %v116
  %v118 = getelementptr inbounds float, float* %reg_0, i32 2
  %v119 = load float, float* %v118
  %v120 = getelementptr inbounds float, float* %reg_0, i32 3
  %v121 = load float, float* %v120
  %v122 = fmul nsz arcp contract afn float %v115, 0.0078125
  %v123 = fmul nsz arcp contract afn float %v117, 0.0078125
  %v124 = fmul nsz arcp contract afn float %v119, 0.0078125
  %v125 = fmul nsz arcp contract afn float %v121, 0.0078125
  %v126_0 = insertelement <4 x float> poison, float %v122, i32 0
  %v126_1 = insertelement <4 x float> %v126_0, float %v123, i32 1
  %v126_2 = insertelement <4 x float> %v126_1, float %v124, i32 2
  %v126 = insertelement <4 x float> %v126_2, float %v125, i32 3
  %v127 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v126, <4 x float>* %v127
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }