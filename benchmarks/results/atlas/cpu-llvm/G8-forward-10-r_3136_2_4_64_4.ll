define void @r_3136_2_4_64_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [4 x float]
  %v1 = mul i32 %data3, 12544
  %v2 = mul i32 %data3, 3211264
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 3136
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = getelementptr inbounds float, float* %reg_0, i32 1
  %v6 = getelementptr inbounds float, float* %reg_0, i32 2
  %v7 = getelementptr inbounds float, float* %reg_0, i32 3
  %v8 = shl i32 %v3, 10
  %v9 = add nsw i32 %v2, %v8
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  store float 0.0, float* %v7
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v14 = phi i32 [ 0, %loop_entry_0 ], [ %v14phi, %loop_footer_0 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 64
  br i1 %v14cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v15 = getelementptr inbounds float, float* %reg_0, i32 0
  %v16 = load float, float* %v15
  %v17 = getelementptr inbounds float, float* %reg_0, i32 1
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %reg_0, i32 2
  %v20 = load float, float* %v19
  %v21 = getelementptr inbounds float, float* %reg_0, i32 3
  %v22 = load float, float* %v21
  %v23 = shl i32 %v14, 2
  %v24 = add nsw i32 %v9, %v23
  %v25 = add nsw i32 %v24, 256
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = load <4 x float>, <4 x float>* %v26
  %v28 = add nsw i32 %v24, 512
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = load <4 x float>, <4 x float>* %v29
  %v31 = add nsw i32 %v24, 768
  %v32 = getelementptr inbounds float, float* %data1, i32 %v31
  %v33 = load <4 x float>, <4 x float>* %v32
  %v34 = getelementptr inbounds float, float* %data1, i32 %v24
  %v35 = load <4 x float>, <4 x float>* %v34
  %v36 = getelementptr inbounds float, float* %data2, i32 %v23
  %v37 = load <4 x float>, <4 x float>* %v36
  %v38 = extractelement <4 x float> %v27, i32 0
  %v39 = extractelement <4 x float> %v27, i32 1
  %v40 = extractelement <4 x float> %v27, i32 2
  %v41 = extractelement <4 x float> %v27, i32 3
  %v42 = extractelement <4 x float> %v30, i32 0
  %v43 = extractelement <4 x float> %v30, i32 1
  %v44 = extractelement <4 x float> %v30, i32 2
  %v45 = extractelement <4 x float> %v30, i32 3
  %v46 = extractelement <4 x float> %v33, i32 0
  %v47 = extractelement <4 x float> %v33, i32 1
  %v48 = extractelement <4 x float> %v33, i32 2
  %v49 = extractelement <4 x float> %v33, i32 3
  %v50 = extractelement <4 x float> %v35, i32 0
  %v51 = extractelement <4 x float> %v35, i32 1
  %v52 = extractelement <4 x float> %v35, i32 2
  %v53 = extractelement <4 x float> %v35, i32 3
  %v54 = extractelement <4 x float> %v37, i32 0
  %v55 = extractelement <4 x float> %v37, i32 1
  %v56 = extractelement <4 x float> %v37, i32 2
  %v57 = extractelement <4 x float> %v37, i32 3
  %v58 = fmul nsz arcp contract afn float %v50, %v54
  %v59 = fmul nsz arcp contract afn float %v51, %v55
  %v60 = fadd nsz arcp contract afn float %v58, %v59
  %v61 = fmul nsz arcp contract afn float %v52, %v56
  %v62 = fadd nsz arcp contract afn float %v60, %v61
  %v63 = fmul nsz arcp contract afn float %v53, %v57
  %v64 = fadd nsz arcp contract afn float %v62, %v63
  %v65 = fadd nsz arcp contract afn float %v16, %v64
  %v66 = fmul nsz arcp contract afn float %v38, %v54
  %v67 = fmul nsz arcp contract afn float %v39, %v55
  %v68 = fadd nsz arcp contract afn float %v66, %v67
  %v69 = fmul nsz arcp contract afn float %v40, %v56
  %v70 = fadd nsz arcp contract afn float %v68, %v69
  %v71 = fmul nsz arcp contract afn float %v41, %v57
  %v72 = fadd nsz arcp contract afn float %v70, %v71
  %v73 = fadd nsz arcp contract afn float %v18, %v72
  %v74 = fmul nsz arcp contract afn float %v42, %v54
  %v75 = fmul nsz arcp contract afn float %v43, %v55
  %v76 = fadd nsz arcp contract afn float %v74, %v75
  %v77 = fmul nsz arcp contract afn float %v44, %v56
  %v78 = fadd nsz arcp contract afn float %v76, %v77
  %v79 = fmul nsz arcp contract afn float %v45, %v57
  %v80 = fadd nsz arcp contract afn float %v78, %v79
  %v81 = fadd nsz arcp contract afn float %v20, %v80
  %v82 = fmul nsz arcp contract afn float %v46, %v54
  %v83 = fmul nsz arcp contract afn float %v47, %v55
  %v84 = fadd nsz arcp contract afn float %v82, %v83
  %v85 = fmul nsz arcp contract afn float %v48, %v56
  %v86 = fadd nsz arcp contract afn float %v84, %v85
  %v87 = fmul nsz arcp contract afn float %v49, %v57
  %v88 = fadd nsz arcp contract afn float %v86, %v87
  %v89 = fadd nsz arcp contract afn float %v22, %v88
  store float %v65, float* %v15
  store float %v73, float* %v17
  store float %v81, float* %v19
  store float %v89, float* %v21
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v95 = getelementptr inbounds float, float* %reg_0, i32 0
  %v96 = load float, float* %v95
  %v97 = getelementptr inbounds float, float* %reg_0, i32 1
  %v98 = load float, float* %v97
  %v99 = getelementptr inbounds float, float* %reg_0, i32 2
  %v100 = load float, float* %v99
  %v101 = getelementptr inbounds float, float* %reg_0, i32 3
  %v102 = load float, float* %v101
  %v103_0 = insertelement <4 x float> poison, float %v96, i32 0
  %v103_1 = insertelement <4 x float> %v103_0, float %v98, i32 1
  %v103_2 = insertelement <4 x float> %v103_1, float %v100, i32 2
  %v103 = insertelement <4 x float> %v103_2, float %v102, i32 3
  %v104 = shl i32 %v3, 2
  %v105 = add nsw i32 %v1, %v104
  %v106 = getelementptr inbounds float, float* %data0, i32 %v105
  store <4 x float> %v103, <4 x float>* %v106
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }