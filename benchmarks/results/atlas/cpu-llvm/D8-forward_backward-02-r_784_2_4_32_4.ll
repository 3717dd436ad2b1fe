define void @r_784_2_4_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [4 x float]
  %v1 = mul i32 %data3, 3136
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v2 = phi i32 [ 0, %loop_entry_1 ], [ %v2phi, %loop_footer_1 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 784
  br i1 %v2cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = getelementptr inbounds float, float* %reg_0, i32 1
  %v5 = getelementptr inbounds float, float* %reg_0, i32 2
  %v6 = getelementptr inbounds float, float* %reg_0, i32 3
  %v7 = shl i32 %v2, 2
  %v8 = add nsw i32 %v1, %v7
  store float 0.0, float* %v3
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v13 = phi i32 [ 0, %loop_entry_0 ], [ %v13phi, %loop_footer_0 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 32
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
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load <4 x float>, <4 x float>* %v23
  %v25 = mul i32 %v13, 25088
  %v26 = add nsw i32 %v8, %v25
  %v27 = add nsw i32 %v26, 6272
  %v28 = getelementptr inbounds float, float* %data2, i32 %v27
  %v29 = load <4 x float>, <4 x float>* %v28
  %v30 = add nsw i32 %v26, 12544
  %v31 = getelementptr inbounds float, float* %data2, i32 %v30
  %v32 = load <4 x float>, <4 x float>* %v31
  %v33 = add nsw i32 %v26, 18816
  %v34 = getelementptr inbounds float, float* %data2, i32 %v33
  %v35 = load <4 x float>, <4 x float>* %v34
  %v36 = getelementptr inbounds float, float* %data2, i32 %v26
  %v37 = load <4 x float>, <4 x float>* %v36
  %v38 = extractelement <4 x float> %v24, i32 0
  %v39 = extractelement <4 x float> %v24, i32 1
  %v40 = extractelement <4 x float> %v24, i32 2
  %v41 = extractelement <4 x float> %v24, i32 3
  %v42 = extractelement <4 x float> %v29, i32 0
  %v43 = extractelement <4 x float> %v29, i32 1
  %v44 = extractelement <4 x float> %v29, i32 2
  %v45 = extractelement <4 x float> %v29, i32 3
  %v46 = extractelement <4 x float> %v32, i32 0
  %v47 = extractelement <4 x float> %v32, i32 1
  %v48 = extractelement <4 x float> %v32, i32 2
  %v49 = extractelement <4 x float> %v32, i32 3
  %v50 = extractelement <4 x float> %v35, i32 0
  %v51 = extractelement <4 x float> %v35, i32 1
  %v52 = extractelement <4 x float> %v35, i32 2
  %v53 = extractelement <4 x float> %v35, i32 3
  %v54 = extractelement <4 x float> %v37, i32 0
  %v55 = extractelement <4 x float> %v37, i32 1
  %v56 = extractelement <4 x float> %v37, i32 2
  %v57 = extractelement <4 x float> %v37, i32 3
  %v58 = fmul nsz arcp contract afn float %v38, %v54
  %v59 = fmul nsz arcp contract afn float %v39, %v42
  %v60 = fadd nsz arcp contract afn float %v58, %v59
  %v61 = fmul nsz arcp contract afn float %v40, %v46
  %v62 = fadd nsz arcp contract afn float %v60, %v61
  %v63 = fmul nsz arcp contract afn float %v41, %v50
  %v64 = fadd nsz arcp contract afn float %v62, %v63
  %v65 = fadd nsz arcp contract afn float %v15, %v64
  %v66 = fmul nsz arcp contract afn float %v38, %v55
  %v67 = fmul nsz arcp contract afn float %v39, %v43
  %v68 = fadd nsz arcp contract afn float %v66, %v67
  %v69 = fmul nsz arcp contract afn float %v40, %v47
  %v70 = fadd nsz arcp contract afn float %v68, %v69
  %v71 = fmul nsz arcp contract afn float %v41, %v51
  %v72 = fadd nsz arcp contract afn float %v70, %v71
  %v73 = fadd nsz arcp contract afn float %v17, %v72
  %v74 = fmul nsz arcp contract afn float %v38, %v56
  %v75 = fmul nsz arcp contract afn float %v39, %v44
  %v76 = fadd nsz arcp contract afn float %v74, %v75
  %v77 = fmul nsz arcp contract afn float %v40, %v48
  %v78 = fadd nsz arcp contract afn float %v76, %v77
  %v79 = fmul nsz arcp contract afn float %v41, %v52
  %v80 = fadd nsz arcp contract afn float %v78, %v79
  %v81 = fadd nsz arcp contract afn float %v19, %v80
  %v82 = fmul nsz arcp contract afn float %v38, %v57
  %v83 = fmul nsz arcp contract afn float %v39, %v45
  %v84 = fadd nsz arcp contract afn float %v82, %v83
  %v85 = fmul nsz arcp contract afn float %v40, %v49
  %v86 = fadd nsz arcp contract afn float %v84, %v85
  %v87 = fmul nsz arcp contract afn float %v41, %v53
  %v88 = fadd nsz arcp contract afn float %v86, %v87
  %v89 = fadd nsz arcp contract afn float %v21, %v88
  store float %v65, float* %v14
  store float %v73, float* %v16
  store float %v81, float* %v18
  store float %v89, float* %v20
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
  %v104 = getelementptr inbounds float, float* %data0, i32 %v8
  store <4 x float> %v103, <4 x float>* %v104
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }