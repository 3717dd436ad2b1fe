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
  %v26 = add nsw i32 %v25, 15
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = load float, float* %v27
  %v29 = add nsw i32 %v25, 211
  %v30 = getelementptr inbounds float, float* %data1, i32 %v29
  %v31 = load float, float* %v30
  %v32 = add nsw i32 %v25, 407
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = load float, float* %v33
  %v35 = add nsw i32 %v25, 603
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v25, 12559
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v25, 12755
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v25, 12951
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v25, 13147
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v25, 25103
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v25, 25299
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v25, 25495
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = add nsw i32 %v25, 25691
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load float, float* %v60
  %v62 = add nsw i32 %v25, 37647
  %v63 = getelementptr inbounds float, float* %data1, i32 %v62
  %v64 = load float, float* %v63
  %v65 = add nsw i32 %v25, 37843
  %v66 = getelementptr inbounds float, float* %data1, i32 %v65
  %v67 = load float, float* %v66
  %v68 = add nsw i32 %v25, 38039
  %v69 = getelementptr inbounds float, float* %data1, i32 %v68
  %v70 = load float, float* %v69
  %v71 = add nsw i32 %v25, 38235
  %v72 = getelementptr inbounds float, float* %data1, i32 %v71
  %v73 = load float, float* %v72
  %v74 = add nsw i32 %v19, %v21
  %v75 = add nsw i32 %v74, %v16
  %v76 = add nsw i32 %v75, %v5
  %v77 = add nsw i32 %v76, 49
  %v78 = getelementptr inbounds float, float* %data0, i32 %v77
  %v79 = add nsw i32 %v76, 98
  %v80 = getelementptr inbounds float, float* %data0, i32 %v79
  %v81 = add nsw i32 %v76, 147
  %v82 = getelementptr inbounds float, float* %data0, i32 %v81
  %v83 = add nsw i32 %v76, 3136
  %v84 = getelementptr inbounds float, float* %data0, i32 %v83
  %v85 = add nsw i32 %v76, 3185
  %v86 = getelementptr inbounds float, float* %data0, i32 %v85
  %v87 = add nsw i32 %v76, 3234
  %v88 = getelementptr inbounds float, float* %data0, i32 %v87
  %v89 = add nsw i32 %v76, 3283
  %v90 = getelementptr inbounds float, float* %data0, i32 %v89
  %v91 = add nsw i32 %v76, 6272
  %v92 = getelementptr inbounds float, float* %data0, i32 %v91
  %v93 = add nsw i32 %v76, 6321
  %v94 = getelementptr inbounds float, float* %data0, i32 %v93
  %v95 = add nsw i32 %v76, 6370
  %v96 = getelementptr inbounds float, float* %data0, i32 %v95
  %v97 = add nsw i32 %v76, 6419
  %v98 = getelementptr inbounds float, float* %data0, i32 %v97
  %v99 = add nsw i32 %v76, 9408
  %v100 = getelementptr inbounds float, float* %data0, i32 %v99
  %v101 = add nsw i32 %v76, 9457
  %v102 = getelementptr inbounds float, float* %data0, i32 %v101
  %v103 = add nsw i32 %v76, 9506
  %v104 = getelementptr inbounds float, float* %data0, i32 %v103
  %v105 = add nsw i32 %v76, 9555
  %v106 = getelementptr inbounds float, float* %data0, i32 %v105
  %v107 = getelementptr inbounds float, float* %data0, i32 %v76
  %v108 = fadd nsz arcp contract afn float %v28, %v12
  %v109 = fadd nsz arcp contract afn float %v31, %v13
  %v110 = fadd nsz arcp contract afn float %v34, %v14
  %v111 = fadd nsz arcp contract afn float %v37, %v15
  %v112 = fadd nsz arcp contract afn float %v40, %v12
  %v113 = fadd nsz arcp contract afn float %v43, %v13
  %v114 = fadd nsz arcp contract afn float %v46, %v14
  %v115 = fadd nsz arcp contract afn float %v49, %v15
  %v116 = fadd nsz arcp contract afn float %v52, %v12
  %v117 = fadd nsz arcp contract afn float %v55, %v13
  %v118 = fadd nsz arcp contract afn float %v58, %v14
  %v119 = fadd nsz arcp contract afn float %v61, %v15
  %v120 = fadd nsz arcp contract afn float %v64, %v12
  %v121 = fadd nsz arcp contract afn float %v67, %v13
  %v122 = fadd nsz arcp contract afn float %v70, %v14
  %v123 = fadd nsz arcp contract afn float %v73, %v15
  store float %v109, float* %v78
  store float %v110, float* %v80
  store float %v111, float* %v82
  store float %v112, float* %v84
  store float %v113, float* %v86
  store float %v114, float* %v88
  store float %v115, float* %v90
  store float %v116, float* %v92
  store float %v117, float* %v94
  store float %v118, float* %v96
  store float %v119, float* %v98
  store float %v120, float* %v100
  store float %v121, float* %v102
  store float %v122, float* %v104
  store float %v123, float* %v106
  store float %v108, float* %v107
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