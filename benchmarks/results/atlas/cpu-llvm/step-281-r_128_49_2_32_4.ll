define void @r_128_49_2_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, i32 %data6) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data6, 6272
  %v2 = shl i32 %data6, 7
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v3 = phi i32 [ 0, %loop_entry_1_0 ], [ %v3phi, %loop_footer_1_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 128
  br i1 %v3cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v4 = mul i32 %v3, 49
  %v5 = add nsw i32 %v1, %v4
  %v6 = add nsw i32 %v2, %v3
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v7 = phi i32 [ 0, %loop_entry_1_1 ], [ %v7phi, %loop_footer_1_1 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 49
  br i1 %v7cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v8 = add nsw i32 %v5, %v7
  %v9 = getelementptr inbounds float, float* %data2, i32 %v8
  %v10 = load float, float* %v9
  %v11 = getelementptr inbounds float, float* %reg_0, i32 0
  %v12 = shl i32 %v7, 8
  %v13 = add nsw i32 %v6, %v12
  %v14 = fmul nsz arcp contract afn float %v10, -1.0
  store float 0.0, float* %v11
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
  %v18 = add nsw i32 %v8, %v17
  %v19 = add nsw i32 %v18, 12544
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v18, 25088
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load float, float* %v23
  %v25 = add nsw i32 %v18, 37632
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data1, i32 %v18
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data4, i32 %v19
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %data4, i32 %v22
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %data4, i32 %v25
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %data4, i32 %v18
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v13, %v17
  %v39 = add nsw i32 %v38, 12544
  %v40 = getelementptr inbounds float, float* %data5, i32 %v39
  %v41 = load float, float* %v40
  %v42 = add nsw i32 %v38, 25088
  %v43 = getelementptr inbounds float, float* %data5, i32 %v42
  %v44 = load float, float* %v43
  %v45 = add nsw i32 %v38, 37632
  %v46 = getelementptr inbounds float, float* %data5, i32 %v45
  %v47 = load float, float* %v46
  %v48 = getelementptr inbounds float, float* %data5, i32 %v38
  %v49 = load float, float* %v48
  %v50 = getelementptr inbounds float, float* %reg_0, i32 0
  %v51 = load float, float* %v50
  %v52 = fadd nsz arcp contract afn float %v21, %v14
  %v53 = fadd nsz arcp contract afn float %v24, %v14
  %v54 = fadd nsz arcp contract afn float %v27, %v14
  %v55 = fadd nsz arcp contract afn float %v29, %v14
  %v56 = fcmp nsz arcp contract afn olt float 0.0, %v31
  %v57 = select i1 %v56, float %v41, float 0.0
  %v58 = fmul nsz arcp contract afn float %v52, %v57
  %v59 = fcmp nsz arcp contract afn olt float 0.0, %v37
  %v60 = select i1 %v59, float %v49, float 0.0
  %v61 = fmul nsz arcp contract afn float %v55, %v60
  %v62 = fadd nsz arcp contract afn float %v61, %v58
  %v63 = fcmp nsz arcp contract afn olt float 0.0, %v33
  %v64 = select i1 %v63, float %v44, float 0.0
  %v65 = fmul nsz arcp contract afn float %v53, %v64
  %v66 = fadd nsz arcp contract afn float %v62, %v65
  %v67 = fcmp nsz arcp contract afn olt float 0.0, %v35
  %v68 = select i1 %v67, float %v47, float 0.0
  %v69 = fmul nsz arcp contract afn float %v54, %v68
  %v70 = fadd nsz arcp contract afn float %v66, %v69
  %v71 = fadd nsz arcp contract afn float %v51, %v70
  store float %v71, float* %v50
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v74 = getelementptr inbounds float, float* %data3, i32 %v8
  %v75 = load float, float* %v74
  %v76 = getelementptr inbounds float, float* %reg_0, i32 0
  %v77 = load float, float* %v76
  %v78 = getelementptr inbounds float, float* %data0, i32 %v8
  %v79 = fadd nsz arcp contract afn float %v75, 9.999999747378752e-06
  %v80 = fmul nsz arcp contract afn float %v79, -1.0
  %v81 = fcmp nsz arcp contract afn olt float %v79, 0.0
  %v82 = select i1 %v81, float %v80, float %v79
  %v83 = fmul nsz arcp contract afn float %v82, 1.8446744073709552e+19
  %v84 = fcmp nsz arcp contract afn olt float %v82, 9.999999747378752e-05
  %v85 = select i1 %v84, float %v83, float %v82
  %v86 = fmul nsz arcp contract afn float %v85, 1.3333333730697632
  %v87 = bitcast float %v86 to i32
  %v88 = ashr i32 %v87, 23
  %v89 = and i32 %v88, 255
  %v90 = add nsw i32 %v89, -127
  %v91 = sitofp i32 %v90 to float
  %v92 = fmul nsz arcp contract afn float %v91, -1.0
  %v93 = fptosi float %v92 to i32
  %v94 = bitcast float %v85 to i32
  %v95 = shl i32 %v93, 23
  %v96 = add nsw i32 %v94, %v95
  %v97 = bitcast i32 %v96 to float
  %v98 = fadd nsz arcp contract afn float %v91, -64.0
  %v99 = fadd nsz arcp contract afn float %v97, -1.0
  %v100 = fadd nsz arcp contract afn float %v97, 1.0
  %v101 = fdiv nsz arcp contract afn float %v99, %v100
  %v102 = fmul nsz arcp contract afn float %v101, %v101
  %v103 = fmul nsz arcp contract afn float 0.43745502829551697, %v102
  %v104 = fadd nsz arcp contract afn float %v103, 0.5764790177345276
  %v105 = fmul nsz arcp contract afn float %v104, %v102
  %v106 = fadd nsz arcp contract afn float %v105, 0.961801290512085
  %v107 = fmul nsz arcp contract afn float %v101, %v102
  %v108 = fmul nsz arcp contract afn float %v106, %v107
  %v109 = select i1 %v84, float %v98, float %v91
  %v110 = fadd nsz arcp contract afn float %v108, %v109
  %v111 = fmul nsz arcp contract afn float %v101, 2.885390043258667
  %v112 = fadd nsz arcp contract afn float %v110, %v111
  %v113 = fmul nsz arcp contract afn float %v101, 3.2734472910078694e-08
  %v114 = fadd nsz arcp contract afn float %v112, %v113
  %v115 = fcmp nsz arcp contract afn olt float %v82, -0.0
  %v116 = fdiv nsz arcp contract afn float 1.0, %v82
  %v117 = fcmp nsz arcp contract afn une float %v116, 0xFFF0000000000000
  %v118 = fcmp nsz arcp contract afn une float %v82, 0.0
  %v119 = fcmp nsz arcp contract afn une float %v82, 0x7FF0000000000000
  %v120 = fcmp nsz arcp contract afn une float %v82, %v82
  %v121 = or i1 %v120, %v115
  %v122 = select i1 %v119, float %v114, float 0x7FF0000000000000
  %v123 = select i1 %v118, float %v122, float 0xFFF0000000000000
  %v124 = select i1 %v121, float 0x7FF8000000000000, float %v123
  %v125 = select i1 %v117, float %v124, float 0xFFF0000000000000
  %v126 = fmul nsz arcp contract afn float %v125, 0.5
  %v127 = fcmp nsz arcp contract afn une float %v126, 0xFFF0000000000000
  %v128 = fcmp nsz arcp contract afn une float %v126, 0x7FF0000000000000
  %v129 = fcmp nsz arcp contract afn une float %v126, %v126
  %v130 = select i1 %v127, float %v126, float 0.0
  %v131 = select i1 %v129, float 0.0, float %v130
  %v132 = select i1 %v128, float %v131, float 0.0
  %v133 = fcmp nsz arcp contract afn olt float %v132, 0.0
  %v134 = select i1 %v133, float -0.5, float 0.5
  %v135 = fadd nsz arcp contract afn float %v132, %v134
  %v136 = fptosi float %v135 to i32
  %v137 = sitofp i32 %v136 to float
  %v138 = ashr i32 %v136, 1
  %v139 = mul i32 %v138, -1
  %v140 = add nsw i32 %v136, %v139
  %v141 = add nsw i32 %v140, 127
  %v142 = shl i32 %v141, 23
  %v143 = bitcast i32 %v142 to float
  %v144 = add nsw i32 %v138, 127
  %v145 = shl i32 %v144, 23
  %v146 = bitcast i32 %v145 to float
  %v147 = fmul nsz arcp contract afn float %v137, -1.0
  %v148 = fadd nsz arcp contract afn float %v132, %v147
  %v149 = fmul nsz arcp contract afn float 0.00015359208919107914, %v148
  %v150 = fadd nsz arcp contract afn float %v149, 0.0013392627006396651
  %v151 = fmul nsz arcp contract afn float %v150, %v148
  %v152 = fadd nsz arcp contract afn float %v151, 0.009618384763598442
  %v153 = fmul nsz arcp contract afn float %v152, %v148
  %v154 = fadd nsz arcp contract afn float %v153, 0.055503472685813904
  %v155 = fmul nsz arcp contract afn float %v154, %v148
  %v156 = fadd nsz arcp contract afn float %v155, 0.24022644758224487
  %v157 = fmul nsz arcp contract afn float %v156, %v148
  %v158 = fadd nsz arcp contract afn float %v157, 0.6931471824645996
  %v159 = fmul nsz arcp contract afn float %v158, %v148
  %v160 = fadd nsz arcp contract afn float %v159, 1.0
  %v161 = fmul nsz arcp contract afn float %v160, %v146
  %v162 = fmul nsz arcp contract afn float %v161, %v143
  %v163 = fcmp nsz arcp contract afn olt float %v126, -150.0
  %v164 = fcmp nsz arcp contract afn olt float %v126, 128.0
  %v165 = fcmp nsz arcp contract afn une float %v79, 0xFFF0000000000000
  %v166 = icmp ne i1 %v164, 1
  %v167 = or i1 %v165, %v129
  %v168 = select i1 %v166, float 0x7FF0000000000000, float %v162
  %v169 = select i1 %v163, float 0.0, float %v168
  %v170 = select i1 %v129, float 0x7FF8000000000000, float %v169
  %v171 = select i1 %v167, float 0x7FF8000000000000, float %v169
  %v172 = select i1 %v81, float %v171, float %v170
  %v173 = fdiv nsz arcp contract afn float %v77, %v172
  store float %v173, float* %v78
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }