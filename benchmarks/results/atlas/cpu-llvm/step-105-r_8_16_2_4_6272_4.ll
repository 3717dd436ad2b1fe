define void @r_8_16_2_4_6272_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [4 x float]
  %v1 = mul i32 %data3, 200704
  %v2 = shl i32 %data3, 9
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 8
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = mul i32 %v3, 25088
  %v5 = add nsw i32 %v1, %v4
  %v6 = shl i32 %v3, 6
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v8 = phi i32 [ 0, %loop_entry_2 ], [ %v8phi, %loop_footer_2 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 16
  br i1 %v8cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v9 = getelementptr inbounds float, float* %reg_0, i32 0
  %v10 = getelementptr inbounds float, float* %reg_0, i32 1
  %v11 = getelementptr inbounds float, float* %reg_0, i32 2
  %v12 = getelementptr inbounds float, float* %reg_0, i32 3
  %v13 = mul i32 %v8, 100352
  store float 0.0, float* %v9
  store float 0.0, float* %v10
  store float 0.0, float* %v11
  store float 0.0, float* %v12
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v18 = phi i32 [ 0, %loop_entry_0 ], [ %v18phi, %loop_footer_0 ]
  %v18phi = add i32 %v18, 1
  %v18cmp = icmp ult i32 %v18, 6272
  br i1 %v18cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v19 = getelementptr inbounds float, float* %reg_0, i32 0
  %v20 = load float, float* %v19
  %v21 = getelementptr inbounds float, float* %reg_0, i32 1
  %v22 = load float, float* %v21
  %v23 = getelementptr inbounds float, float* %reg_0, i32 2
  %v24 = load float, float* %v23
  %v25 = getelementptr inbounds float, float* %reg_0, i32 3
  %v26 = load float, float* %v25
  %v27 = shl i32 %v18, 2
  %v28 = add nsw i32 %v5, %v27
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = load <4 x float>, <4 x float>* %v29
  %v31 = add nsw i32 %v27, %v13
  %v32 = add nsw i32 %v31, 25088
  %v33 = getelementptr inbounds float, float* %data2, i32 %v32
  %v34 = load <4 x float>, <4 x float>* %v33
  %v35 = add nsw i32 %v31, 50176
  %v36 = getelementptr inbounds float, float* %data2, i32 %v35
  %v37 = load <4 x float>, <4 x float>* %v36
  %v38 = add nsw i32 %v31, 75264
  %v39 = getelementptr inbounds float, float* %data2, i32 %v38
  %v40 = load <4 x float>, <4 x float>* %v39
  %v41 = getelementptr inbounds float, float* %data2, i32 %v31
  %v42 = load <4 x float>, <4 x float>* %v41
  %v43 = extractelement <4 x float> %v30, i32 0
  %v44 = extractelement <4 x float> %v30, i32 1
  %v45 = extractelement <4 x float> %v30, i32 2
  %v46 = extractelement <4 x float> %v30, i32 3
  %v47 = extractelement <4 x float> %v34, i32 0
  %v48 = extractelement <4 x float> %v34, i32 1
  %v49 = extractelement <4 x float> %v34, i32 2
  %v50 = extractelement <4 x float> %v34, i32 3
  %v51 = extractelement <4 x float> %v37, i32 0
  %v52 = extractelement <4 x float> %v37, i32 1
  %v53 = extractelement <4 x float> %v37, i32 2
  %v54 = extractelement <4 x float> %v37, i32 3
  %v55 = extractelement <4 x float> %v40, i32 0
  %v56 = extractelement <4 x float> %v40, i32 1
  %v57 = extractelement <4 x float> %v40, i32 2
  %v58 = extractelement <4 x float> %v40, i32 3
  %v59 = extractelement <4 x float> %v42, i32 0
  %v60 = extractelement <4 x float> %v42, i32 1
  %v61 = extractelement <4 x float> %v42, i32 2
  %v62 = extractelement <4 x float> %v42, i32 3
  %v63 = fmul nsz arcp contract afn float %v43, %v59
  %v64 = fmul nsz arcp contract afn float %v44, %v60
  %v65 = fadd nsz arcp contract afn float %v63, %v64
  %v66 = fmul nsz arcp contract afn float %v45, %v61
  %v67 = fadd nsz arcp contract afn float %v65, %v66
  %v68 = fmul nsz arcp contract afn float %v46, %v62
  %v69 = fadd nsz arcp contract afn float %v67, %v68
  %v70 = fadd nsz arcp contract afn float %v20, %v69
  %v71 = fmul nsz arcp contract afn float %v43, %v47
  %v72 = fmul nsz arcp contract afn float %v44, %v48
  %v73 = fadd nsz arcp contract afn float %v71, %v72
  %v74 = fmul nsz arcp contract afn float %v45, %v49
  %v75 = fadd nsz arcp contract afn float %v73, %v74
  %v76 = fmul nsz arcp contract afn float %v46, %v50
  %v77 = fadd nsz arcp contract afn float %v75, %v76
  %v78 = fadd nsz arcp contract afn float %v22, %v77
  %v79 = fmul nsz arcp contract afn float %v43, %v51
  %v80 = fmul nsz arcp contract afn float %v44, %v52
  %v81 = fadd nsz arcp contract afn float %v79, %v80
  %v82 = fmul nsz arcp contract afn float %v45, %v53
  %v83 = fadd nsz arcp contract afn float %v81, %v82
  %v84 = fmul nsz arcp contract afn float %v46, %v54
  %v85 = fadd nsz arcp contract afn float %v83, %v84
  %v86 = fadd nsz arcp contract afn float %v24, %v85
  %v87 = fmul nsz arcp contract afn float %v43, %v55
  %v88 = fmul nsz arcp contract afn float %v44, %v56
  %v89 = fadd nsz arcp contract afn float %v87, %v88
  %v90 = fmul nsz arcp contract afn float %v45, %v57
  %v91 = fadd nsz arcp contract afn float %v89, %v90
  %v92 = fmul nsz arcp contract afn float %v46, %v58
  %v93 = fadd nsz arcp contract afn float %v91, %v92
  %v94 = fadd nsz arcp contract afn float %v26, %v93
  store float %v70, float* %v19
  store float %v78, float* %v21
  store float %v86, float* %v23
  store float %v94, float* %v25
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v100 = getelementptr inbounds float, float* %reg_0, i32 0
  %v101 = load float, float* %v100
  %v102 = getelementptr inbounds float, float* %reg_0, i32 1
  %v103 = load float, float* %v102
  %v104 = getelementptr inbounds float, float* %reg_0, i32 2
  %v105 = load float, float* %v104
  %v106 = getelementptr inbounds float, float* %reg_0, i32 3
  %v107 = load float, float* %v106
  %v108_0 = insertelement <4 x float> poison, float %v101, i32 0
  %v108_1 = insertelement <4 x float> %v108_0, float %v103, i32 1
  %v108_2 = insertelement <4 x float> %v108_1, float %v105, i32 2
  %v108 = insertelement <4 x float> %v108_2, float %v107, i32 3
  %v109 = shl i32 %v8, 2
  %v110 = add nsw i32 %v7, %v109
  %v111 = getelementptr inbounds float, float* %data0, i32 %v110
  store <4 x float> %v108, <4 x float>* %v111
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }