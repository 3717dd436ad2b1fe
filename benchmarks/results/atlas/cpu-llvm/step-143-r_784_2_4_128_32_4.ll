define void @r_784_2_4_128_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, i32 %data5) #0
{

  %reg_0 = alloca [4 x float]
  %reg_1 = alloca [4 x float]
  %v1 = mul i32 %data5, 3136
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v2 = phi i32 [ 0, %loop_entry_2 ], [ %v2phi, %loop_footer_2 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 784
  br i1 %v2cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v3 = getelementptr inbounds float, float* %reg_1, i32 0
  %v4 = getelementptr inbounds float, float* %reg_1, i32 1
  %v5 = getelementptr inbounds float, float* %reg_1, i32 2
  %v6 = getelementptr inbounds float, float* %reg_1, i32 3
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
  %v13cmp = icmp ult i32 %v13, 128
  br i1 %v13cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v14 = getelementptr inbounds float, float* %data1, i32 %v13
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %reg_1, i32 0
  %v17 = load float, float* %v16
  %v18 = getelementptr inbounds float, float* %reg_1, i32 1
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %reg_1, i32 2
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %reg_1, i32 3
  %v23 = load float, float* %v22
  %v24 = mul i32 %v13, 6272
  %v25 = add nsw i32 %v8, %v24
  %v26 = getelementptr inbounds float, float* %data2, i32 %v25
  %v27 = load <4 x float>, <4 x float>* %v26
  %v28 = extractelement <4 x float> %v27, i32 0
  %v29 = extractelement <4 x float> %v27, i32 1
  %v30 = extractelement <4 x float> %v27, i32 2
  %v31 = extractelement <4 x float> %v27, i32 3
  %v32 = fmul nsz arcp contract afn float %v15, %v28
  %v33 = fadd nsz arcp contract afn float %v17, %v32
  %v34 = fmul nsz arcp contract afn float %v15, %v29
  %v35 = fadd nsz arcp contract afn float %v19, %v34
  %v36 = fmul nsz arcp contract afn float %v15, %v30
  %v37 = fadd nsz arcp contract afn float %v21, %v36
  %v38 = fmul nsz arcp contract afn float %v15, %v31
  %v39 = fadd nsz arcp contract afn float %v23, %v38
  store float %v33, float* %v16
  store float %v35, float* %v18
  store float %v37, float* %v20
  store float %v39, float* %v22
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v45 = getelementptr inbounds float, float* %reg_0, i32 0
  %v46 = getelementptr inbounds float, float* %reg_0, i32 1
  %v47 = getelementptr inbounds float, float* %reg_0, i32 2
  %v48 = getelementptr inbounds float, float* %reg_0, i32 3
  store float 0.0, float* %v45
  store float 0.0, float* %v46
  store float 0.0, float* %v47
  store float 0.0, float* %v48
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v53 = phi i32 [ 0, %loop_entry_1 ], [ %v53phi, %loop_footer_1 ]
  %v53phi = add i32 %v53, 1
  %v53cmp = icmp ult i32 %v53, 32
  br i1 %v53cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v54 = getelementptr inbounds float, float* %reg_0, i32 0
  %v55 = load float, float* %v54
  %v56 = getelementptr inbounds float, float* %reg_0, i32 1
  %v57 = load float, float* %v56
  %v58 = getelementptr inbounds float, float* %reg_0, i32 2
  %v59 = load float, float* %v58
  %v60 = getelementptr inbounds float, float* %reg_0, i32 3
  %v61 = load float, float* %v60
  %v62 = shl i32 %v53, 2
  %v63 = getelementptr inbounds float, float* %data3, i32 %v62
  %v64 = load <4 x float>, <4 x float>* %v63
  %v65 = mul i32 %v53, 25088
  %v66 = add nsw i32 %v8, %v65
  %v67 = add nsw i32 %v66, 6272
  %v68 = getelementptr inbounds float, float* %data4, i32 %v67
  %v69 = load <4 x float>, <4 x float>* %v68
  %v70 = add nsw i32 %v66, 12544
  %v71 = getelementptr inbounds float, float* %data4, i32 %v70
  %v72 = load <4 x float>, <4 x float>* %v71
  %v73 = add nsw i32 %v66, 18816
  %v74 = getelementptr inbounds float, float* %data4, i32 %v73
  %v75 = load <4 x float>, <4 x float>* %v74
  %v76 = getelementptr inbounds float, float* %data4, i32 %v66
  %v77 = load <4 x float>, <4 x float>* %v76
  %v78 = extractelement <4 x float> %v64, i32 0
  %v79 = extractelement <4 x float> %v64, i32 1
  %v80 = extractelement <4 x float> %v64, i32 2
  %v81 = extractelement <4 x float> %v64, i32 3
  %v82 = extractelement <4 x float> %v69, i32 0
  %v83 = extractelement <4 x float> %v69, i32 1
  %v84 = extractelement <4 x float> %v69, i32 2
  %v85 = extractelement <4 x float> %v69, i32 3
  %v86 = extractelement <4 x float> %v72, i32 0
  %v87 = extractelement <4 x float> %v72, i32 1
  %v88 = extractelement <4 x float> %v72, i32 2
  %v89 = extractelement <4 x float> %v72, i32 3
  %v90 = extractelement <4 x float> %v75, i32 0
  %v91 = extractelement <4 x float> %v75, i32 1
  %v92 = extractelement <4 x float> %v75, i32 2
  %v93 = extractelement <4 x float> %v75, i32 3
  %v94 = extractelement <4 x float> %v77, i32 0
  %v95 = extractelement <4 x float> %v77, i32 1
  %v96 = extractelement <4 x float> %v77, i32 2
  %v97 = extractelement <4 x float> %v77, i32 3
  %v98 = fmul nsz arcp contract afn float %v78, %v94
  %v99 = fmul nsz arcp contract afn float %v79, %v82
  %v100 = fadd nsz arcp contract afn float %v98, %v99
  %v101 = fmul nsz arcp contract afn float %v80, %v86
  %v102 = fadd nsz arcp contract afn float %v100, %v101
  %v103 = fmul nsz arcp contract afn float %v81, %v90
  %v104 = fadd nsz arcp contract afn float %v102, %v103
  %v105 = fadd nsz arcp contract afn float %v55, %v104
  %v106 = fmul nsz arcp contract afn float %v78, %v95
  %v107 = fmul nsz arcp contract afn float %v79, %v83
  %v108 = fadd nsz arcp contract afn float %v106, %v107
  %v109 = fmul nsz arcp contract afn float %v80, %v87
  %v110 = fadd nsz arcp contract afn float %v108, %v109
  %v111 = fmul nsz arcp contract afn float %v81, %v91
  %v112 = fadd nsz arcp contract afn float %v110, %v111
  %v113 = fadd nsz arcp contract afn float %v57, %v112
  %v114 = fmul nsz arcp contract afn float %v78, %v96
  %v115 = fmul nsz arcp contract afn float %v79, %v84
  %v116 = fadd nsz arcp contract afn float %v114, %v115
  %v117 = fmul nsz arcp contract afn float %v80, %v88
  %v118 = fadd nsz arcp contract afn float %v116, %v117
  %v119 = fmul nsz arcp contract afn float %v81, %v92
  %v120 = fadd nsz arcp contract afn float %v118, %v119
  %v121 = fadd nsz arcp contract afn float %v59, %v120
  %v122 = fmul nsz arcp contract afn float %v78, %v97
  %v123 = fmul nsz arcp contract afn float %v79, %v85
  %v124 = fadd nsz arcp contract afn float %v122, %v123
  %v125 = fmul nsz arcp contract afn float %v80, %v89
  %v126 = fadd nsz arcp contract afn float %v124, %v125
  %v127 = fmul nsz arcp contract afn float %v81, %v93
  %v128 = fadd nsz arcp contract afn float %v126, %v127
  %v129 = fadd nsz arcp contract afn float %v61, %v128
  store float %v105, float* %v54
  store float %v113, float* %v56
  store float %v121, float* %v58
  store float %v129, float* %v60
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  %v135 = getelementptr inbounds float, float* %reg_0, i32 0
  %v136 = load float, float* %v135
  %v137 = getelementptr inbounds float, float* %reg_0, i32 1
  %v138 = load float, float* %v137
  %v139 = getelementptr inbounds float, float* %reg_0, i32 2
  %v140 = load float, float* %v139
  %v141 = getelementptr inbounds float, float* %reg_0, i32 3
  %v142 = load float, float* %v141
  %v143 = getelementptr inbounds float, float* %reg_1, i32 0
  %v144 = load float, float* %v143
  %v145 = getelementptr inbounds float, float* %reg_1, i32 1
  %v146 = load float, float* %v145
  %v147 = getelementptr inbounds float, float* %reg_1, i32 2
  %v148 = load float, float* %v147
  %v149 = getelementptr inbounds float, float* %reg_1, i32 3
  %v150 = load float, float* %v149
  %v151 = fadd nsz arcp contract afn float %v144, %v136
  %v152 = fadd nsz arcp contract afn float %v146, %v138
  %v153 = fadd nsz arcp contract afn float %v148, %v140
  %v154 = fadd nsz arcp contract afn float %v150, %v142
  %v155_0 = insertelement <4 x float> poison, float %v151, i32 0
  %v155_1 = insertelement <4 x float> %v155_0, float %v152, i32 1
  %v155_2 = insertelement <4 x float> %v155_1, float %v153, i32 2
  %v155 = insertelement <4 x float> %v155_2, float %v154, i32 3
  %v156 = getelementptr inbounds float, float* %data0, i32 %v8
  store <4 x float> %v155, <4 x float>* %v156
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }