define void @E_16_16_7_7_2_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %v1 = mul i32 %data3, 200704
  %v2 = mul i32 %data3, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 12544
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 50176
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v8 = phi i32 [ 0, %loop_entry_1 ], [ %v8phi, %loop_footer_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 16
  br i1 %v8cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v9 = shl i32 %v8, 2
  %v10 = getelementptr inbounds float, float* %data2, i32 %v9
  %v11 = load <4 x float>, <4 x float>* %v10
  %v12 = extractelement <4 x float> %v11, i32 0
  %v13 = extractelement <4 x float> %v11, i32 1
  %v14 = extractelement <4 x float> %v11, i32 2
  %v15 = extractelement <4 x float> %v11, i32 3
  %v16 = mul i32 %v8, 196
  %v17 = mul i32 %v8, 784
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v18 = phi i32 [ 0, %loop_entry_2 ], [ %v18phi, %loop_footer_2 ]
  %v18phi = add i32 %v18, 1
  %v18cmp = icmp ult i32 %v18, 7
  br i1 %v18cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v19 = mul i32 %v18, 7
  %v20 = mul i32 %v18, 28
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v21 = phi i32 [ 0, %loop_entry_3 ], [ %v21phi, %loop_footer_3 ]
  %v21phi = add i32 %v21, 1
  %v21cmp = icmp ult i32 %v21, 7
  br i1 %v21cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v22 = shl i32 %v21, 1
  %v23 = add nsw i32 %v20, %v22
  %v24 = add nsw i32 %v23, %v17
  %v25 = add nsw i32 %v24, %v7
  %v26 = add nsw i32 %v25, 196
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = load float, float* %v27
  %v29 = add nsw i32 %v25, 392
  %v30 = getelementptr inbounds float, float* %data1, i32 %v29
  %v31 = load float, float* %v30
  %v32 = add nsw i32 %v25, 588
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = load float, float* %v33
  %v35 = add nsw i32 %v25, 12544
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v25, 12740
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v25, 12936
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v25, 13132
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v25, 25088
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v25, 25284
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v25, 25480
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v25, 25676
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = add nsw i32 %v25, 37632
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load float, float* %v60
  %v62 = add nsw i32 %v25, 37828
  %v63 = getelementptr inbounds float, float* %data1, i32 %v62
  %v64 = load float, float* %v63
  %v65 = add nsw i32 %v25, 38024
  %v66 = getelementptr inbounds float, float* %data1, i32 %v65
  %v67 = load float, float* %v66
  %v68 = add nsw i32 %v25, 38220
  %v69 = getelementptr inbounds float, float* %data1, i32 %v68
  %v70 = load float, float* %v69
  %v71 = getelementptr inbounds float, float* %data1, i32 %v25
  %v72 = load float, float* %v71
  %v73 = add nsw i32 %v19, %v21
  %v74 = add nsw i32 %v73, %v16
  %v75 = add nsw i32 %v74, %v5
  %v76 = add nsw i32 %v75, 49
  %v77 = getelementptr inbounds float, float* %data0, i32 %v76
  %v78 = add nsw i32 %v75, 98
  %v79 = getelementptr inbounds float, float* %data0, i32 %v78
  %v80 = add nsw i32 %v75, 147
  %v81 = getelementptr inbounds float, float* %data0, i32 %v80
  %v82 = add nsw i32 %v75, 3136
  %v83 = getelementptr inbounds float, float* %data0, i32 %v82
  %v84 = add nsw i32 %v75, 3185
  %v85 = getelementptr inbounds float, float* %data0, i32 %v84
  %v86 = add nsw i32 %v75, 3234
  %v87 = getelementptr inbounds float, float* %data0, i32 %v86
  %v88 = add nsw i32 %v75, 3283
  %v89 = getelementptr inbounds float, float* %data0, i32 %v88
  %v90 = add nsw i32 %v75, 6272
  %v91 = getelementptr inbounds float, float* %data0, i32 %v90
  %v92 = add nsw i32 %v75, 6321
  %v93 = getelementptr inbounds float, float* %data0, i32 %v92
  %v94 = add nsw i32 %v75, 6370
  %v95 = getelementptr inbounds float, float* %data0, i32 %v94
  %v96 = add nsw i32 %v75, 6419
  %v97 = getelementptr inbounds float, float* %data0, i32 %v96
  %v98 = add nsw i32 %v75, 9408
  %v99 = getelementptr inbounds float, float* %data0, i32 %v98
  %v100 = add nsw i32 %v75, 9457
  %v101 = getelementptr inbounds float, float* %data0, i32 %v100
  %v102 = add nsw i32 %v75, 9506
  %v103 = getelementptr inbounds float, float* %data0, i32 %v102
  %v104 = add nsw i32 %v75, 9555
  %v105 = getelementptr inbounds float, float* %data0, i32 %v104
  %v106 = getelementptr inbounds float, float* %data0, i32 %v75
  %v107 = fadd nsz arcp contract afn float %v28, %v13
  %v108 = fadd nsz arcp contract afn float %v31, %v14
  %v109 = fadd nsz arcp contract afn float %v34, %v15
  %v110 = fadd nsz arcp contract afn float %v37, %v12
  %v111 = fadd nsz arcp contract afn float %v40, %v13
  %v112 = fadd nsz arcp contract afn float %v43, %v14
  %v113 = fadd nsz arcp contract afn float %v46, %v15
  %v114 = fadd nsz arcp contract afn float %v49, %v12
  %v115 = fadd nsz arcp contract afn float %v52, %v13
  %v116 = fadd nsz arcp contract afn float %v55, %v14
  %v117 = fadd nsz arcp contract afn float %v58, %v15
  %v118 = fadd nsz arcp contract afn float %v61, %v12
  %v119 = fadd nsz arcp contract afn float %v64, %v13
  %v120 = fadd nsz arcp contract afn float %v67, %v14
  %v121 = fadd nsz arcp contract afn float %v70, %v15
  %v122 = fadd nsz arcp contract afn float %v72, %v12
  store float %v107, float* %v77
  store float %v108, float* %v79
  store float %v109, float* %v81
  store float %v110, float* %v83
  store float %v111, float* %v85
  store float %v112, float* %v87
  store float %v113, float* %v89
  store float %v114, float* %v91
  store float %v115, float* %v93
  store float %v116, float* %v95
  store float %v117, float* %v97
  store float %v118, float* %v99
  store float %v119, float* %v101
  store float %v120, float* %v103
  store float %v121, float* %v105
  store float %v122, float* %v106
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }