define void @r_128_49_2_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, float* noalias align 32 %data6, i32 %data7) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data7, 6272
  %v2 = shl i32 %data7, 7
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
  %v76 = getelementptr inbounds float, float* %data6, i32 %v8
  %v77 = load float, float* %v76
  %v78 = getelementptr inbounds float, float* %reg_0, i32 0
  %v79 = load float, float* %v78
  %v80 = getelementptr inbounds float, float* %data0, i32 %v8
  %v81 = fadd nsz arcp contract afn float %v77, 9.999999747378752e-06
  %v82 = fmul nsz arcp contract afn float %v81, -1.0
  %v83 = fcmp nsz arcp contract afn olt float %v81, 0.0
  %v84 = select i1 %v83, float %v82, float %v81
  %v85 = fmul nsz arcp contract afn float %v84, 1.8446744073709552e+19
  %v86 = fcmp nsz arcp contract afn olt float %v84, 9.999999747378752e-05
  %v87 = select i1 %v86, float %v85, float %v84
  %v88 = fmul nsz arcp contract afn float %v87, 1.3333333730697632
  %v89 = bitcast float %v88 to i32
  %v90 = ashr i32 %v89, 23
  %v91 = and i32 %v90, 255
  %v92 = add nsw i32 %v91, -127
  %v93 = sitofp i32 %v92 to float
  %v94 = fmul nsz arcp contract afn float %v93, -1.0
  %v95 = fptosi float %v94 to i32
  %v96 = bitcast float %v87 to i32
  %v97 = shl i32 %v95, 23
  %v98 = add nsw i32 %v96, %v97
  %v99 = bitcast i32 %v98 to float
  %v100 = fadd nsz arcp contract afn float %v93, -64.0
  %v101 = fadd nsz arcp contract afn float %v99, -1.0
  %v102 = fadd nsz arcp contract afn float %v99, 1.0
  %v103 = fdiv nsz arcp contract afn float %v101, %v102
  %v104 = fmul nsz arcp contract afn float %v103, %v103
  %v105 = fmul nsz arcp contract afn float 0.43745502829551697, %v104
  %v106 = fadd nsz arcp contract afn float %v105, 0.5764790177345276
  %v107 = fmul nsz arcp contract afn float %v106, %v104
  %v108 = fadd nsz arcp contract afn float %v107, 0.961801290512085
  %v109 = fmul nsz arcp contract afn float %v103, %v104
  %v110 = fmul nsz arcp contract afn float %v108, %v109
  %v111 = select i1 %v86, float %v100, float %v93
  %v112 = fadd nsz arcp contract afn float %v110, %v111
  %v113 = fmul nsz arcp contract afn float %v103, 2.885390043258667
  %v114 = fadd nsz arcp contract afn float %v112, %v113
  %v115 = fmul nsz arcp contract afn float %v103, 3.2734472910078694e-08
  %v116 = fadd nsz arcp contract afn float %v114, %v115
  %v117 = fcmp nsz arcp contract afn olt float %v84, -0.0
  %v118 = fdiv nsz arcp contract afn float 1.0, %v84
  %v119 = fcmp nsz arcp contract afn une float %v118, 0xFFF0000000000000
  %v120 = fcmp nsz arcp contract afn une float %v84, 0.0
  %v121 = fcmp nsz arcp contract afn une float %v84, 0x7FF0000000000000
  %v122 = fcmp nsz arcp contract afn une float %v84, %v84
  %v123 = or i1 %v122, %v117
  %v124 = select i1 %v121, float %v116, float 0x7FF0000000000000
  %v125 = select i1 %v120, float %v124, float 0xFFF0000000000000
  %v126 = select i1 %v123, float 0x7FF8000000000000, float %v125
  %v127 = select i1 %v119, float %v126, float 0xFFF0000000000000
  %v128 = fmul nsz arcp contract afn float %v127, 0.5
  %v129 = fcmp nsz arcp contract afn une float %v128, 0xFFF0000000000000
  %v130 = fcmp nsz arcp contract afn une float %v128, 0x7FF0000000000000
  %v131 = fcmp nsz arcp contract afn une float %v128, %v128
  %v132 = select i1 %v129, float %v128, float 0.0
  %v133 = select i1 %v131, float 0.0, float %v132
  %v134 = select i1 %v130, float %v133, float 0.0
  %v135 = fcmp nsz arcp contract afn olt float %v134, 0.0
  %v136 = select i1 %v135, float -0.5, float 0.5
  %v137 = fadd nsz arcp contract afn float %v134, %v136
  %v138 = fptosi float %v137 to i32
  %v139 = sitofp i32 %v138 to float
  %v140 = ashr i32 %v138, 1
  %v141 = mul i32 %v140, -1
  %v142 = add nsw i32 %v138, %v141
  %v143 = add nsw i32 %v142, 127
  %v144 = shl i32 %v143, 23
  %v145 = bitcast i32 %v144 to float
  %v146 = add nsw i32 %v140, 127
  %v147 = shl i32 %v146, 23
  %v148 = bitcast i32 %v147 to float
  %v149 = fmul nsz arcp contract afn float %v139, -1.0
  %v150 = fadd nsz arcp contract afn float %v134, %v149
  %v151 = fmul nsz arcp contract afn float 0.00015359208919107914, %v150
  %v152 = fadd nsz arcp contract afn float %v151, 0.0013392627006396651
  %v153 = fmul nsz arcp contract afn float %v152, %v150
  %v154 = fadd nsz arcp contract afn float %v153, 0.009618384763598442
  %v155 = fmul nsz arcp contract afn float %v154, %v150
  %v156 = fadd nsz arcp contract afn float %v155, 0.055503472685813904
  %v157 = fmul nsz arcp contract afn float %v156, %v150
  %v158 = fadd nsz arcp contract afn float %v157, 0.24022644758224487
  %v159 = fmul nsz arcp contract afn float %v158, %v150
  %v160 = fadd nsz arcp contract afn float %v159, 0.6931471824645996
  %v161 = fmul nsz arcp contract afn float %v160, %v150
  %v162 = fadd nsz arcp contract afn float %v161, 1.0
  %v163 = fmul nsz arcp contract afn float %v79, %v75
  %v164 = fmul nsz arcp contract afn float %v162, %v148
  %v165 = fmul nsz arcp contract afn float %v164, %v145
  %v166 = fcmp nsz arcp contract afn olt float %v128, -150.0
  %v167 = fcmp nsz arcp contract afn olt float %v128, 128.0
  %v168 = fcmp nsz arcp contract afn une float %v81, 0xFFF0000000000000
  %v169 = icmp ne i1 %v167, 1
  %v170 = or i1 %v168, %v131
  %v171 = select i1 %v169, float 0x7FF0000000000000, float %v165
  %v172 = select i1 %v166, float 0.0, float %v171
  %v173 = select i1 %v131, float 0x7FF8000000000000, float %v172
  %v174 = select i1 %v170, float 0x7FF8000000000000, float %v172
  %v175 = select i1 %v83, float %v174, float %v173
  %v176 = fdiv nsz arcp contract afn float 1.0, %v175
  %v177 = fdiv nsz arcp contract afn float %v176, %v175
  %v178 = fdiv nsz arcp contract afn float %v177, %v175
  %v179 = fmul nsz arcp contract afn float %v178, %v163
  %v180 = fmul nsz arcp contract afn float %v179, -0.00390625
  store float %v180, float* %v80
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