define void @E_1792_14_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 1792
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = mul i32 %v0, 14
  %v2 = mul i32 %v0, 56
  br label %loop_entry_2_0
loop_entry_2_0:
  br label %loop_latch_2_0
loop_latch_2_0:
  %v3 = phi i32 [ 0, %loop_entry_2_0 ], [ %v3phi, %loop_footer_2_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 14
  br i1 %v3cmp, label %loop_body_2_0, label %loop_exit_2_0
loop_body_2_0:
  %v4 = add nsw i32 %v1, %v3
  %v5 = getelementptr inbounds float, float* %data1, i32 %v4
  %v6 = load float, float* %v5
  %v7 = getelementptr inbounds float, float* %data2, i32 %v4
  %v8 = load float, float* %v7
  %v9 = getelementptr inbounds float, float* %data3, i32 %v4
  %v10 = load float, float* %v9
  %v11 = getelementptr inbounds float, float* %data4, i32 %v4
  %v12 = load float, float* %v11
  %v13 = fmul nsz arcp contract afn float %v6, -2.885390043258667
  %v14 = fcmp nsz arcp contract afn une float %v13, 0xFFF0000000000000
  %v15 = fcmp nsz arcp contract afn une float %v13, 0x7FF0000000000000
  %v16 = fcmp nsz arcp contract afn une float %v13, %v13
  %v17 = select i1 %v14, float %v13, float 0.0
  %v18 = select i1 %v16, float 0.0, float %v17
  %v19 = select i1 %v15, float %v18, float 0.0
  %v20 = fcmp nsz arcp contract afn olt float %v19, 0.0
  %v21 = select i1 %v20, float -0.5, float 0.5
  %v22 = fadd nsz arcp contract afn float %v19, %v21
  %v23 = fptosi float %v22 to i32
  %v24 = fmul nsz arcp contract afn float %v8, -2.885390043258667
  %v25 = fcmp nsz arcp contract afn une float %v24, 0xFFF0000000000000
  %v26 = fcmp nsz arcp contract afn une float %v24, 0x7FF0000000000000
  %v27 = fcmp nsz arcp contract afn une float %v24, %v24
  %v28 = select i1 %v25, float %v24, float 0.0
  %v29 = select i1 %v27, float 0.0, float %v28
  %v30 = select i1 %v26, float %v29, float 0.0
  %v31 = fcmp nsz arcp contract afn olt float %v30, 0.0
  %v32 = select i1 %v31, float -0.5, float 0.5
  %v33 = fadd nsz arcp contract afn float %v30, %v32
  %v34 = fptosi float %v33 to i32
  %v35 = sitofp i32 %v23 to float
  %v36 = sitofp i32 %v34 to float
  %v37 = ashr i32 %v23, 1
  %v38 = mul i32 %v37, -1
  %v39 = add nsw i32 %v23, %v38
  %v40 = add nsw i32 %v39, 127
  %v41 = shl i32 %v40, 23
  %v42 = bitcast i32 %v41 to float
  %v43 = ashr i32 %v34, 1
  %v44 = mul i32 %v43, -1
  %v45 = add nsw i32 %v34, %v44
  %v46 = add nsw i32 %v45, 127
  %v47 = shl i32 %v46, 23
  %v48 = bitcast i32 %v47 to float
  %v49 = add nsw i32 %v37, 127
  %v50 = shl i32 %v49, 23
  %v51 = bitcast i32 %v50 to float
  %v52 = add nsw i32 %v43, 127
  %v53 = shl i32 %v52, 23
  %v54 = bitcast i32 %v53 to float
  %v55 = fmul nsz arcp contract afn float %v35, -1.0
  %v56 = fadd nsz arcp contract afn float %v19, %v55
  %v57 = fmul nsz arcp contract afn float 0.00015359208919107914, %v56
  %v58 = fadd nsz arcp contract afn float %v57, 0.0013392627006396651
  %v59 = fmul nsz arcp contract afn float %v58, %v56
  %v60 = fadd nsz arcp contract afn float %v59, 0.009618384763598442
  %v61 = fmul nsz arcp contract afn float %v60, %v56
  %v62 = fadd nsz arcp contract afn float %v61, 0.055503472685813904
  %v63 = fmul nsz arcp contract afn float %v62, %v56
  %v64 = fadd nsz arcp contract afn float %v63, 0.24022644758224487
  %v65 = fmul nsz arcp contract afn float %v64, %v56
  %v66 = fadd nsz arcp contract afn float %v65, 0.6931471824645996
  %v67 = fmul nsz arcp contract afn float %v66, %v56
  %v68 = fadd nsz arcp contract afn float %v67, 1.0
  %v69 = fmul nsz arcp contract afn float %v68, %v51
  %v70 = fmul nsz arcp contract afn float %v69, %v42
  %v71 = fcmp nsz arcp contract afn olt float %v13, -150.0
  %v72 = fcmp nsz arcp contract afn olt float %v13, 128.0
  %v73 = icmp ne i1 %v72, 1
  %v74 = select i1 %v73, float 0x7FF0000000000000, float %v70
  %v75 = select i1 %v71, float 0.0, float %v74
  %v76 = select i1 %v16, float 0x7FF8000000000000, float %v75
  %v77 = fadd nsz arcp contract afn float 1.0, %v76
  %v78 = fmul nsz arcp contract afn float %v36, -1.0
  %v79 = fadd nsz arcp contract afn float %v30, %v78
  %v80 = fmul nsz arcp contract afn float 0.00015359208919107914, %v79
  %v81 = fadd nsz arcp contract afn float %v80, 0.0013392627006396651
  %v82 = fmul nsz arcp contract afn float %v81, %v79
  %v83 = fadd nsz arcp contract afn float %v82, 0.009618384763598442
  %v84 = fmul nsz arcp contract afn float %v83, %v79
  %v85 = fadd nsz arcp contract afn float %v84, 0.055503472685813904
  %v86 = fmul nsz arcp contract afn float %v85, %v79
  %v87 = fadd nsz arcp contract afn float %v86, 0.24022644758224487
  %v88 = fmul nsz arcp contract afn float %v87, %v79
  %v89 = fadd nsz arcp contract afn float %v88, 0.6931471824645996
  %v90 = fmul nsz arcp contract afn float %v89, %v79
  %v91 = fadd nsz arcp contract afn float %v90, 1.0
  %v92 = fmul nsz arcp contract afn float %v91, %v54
  %v93 = fmul nsz arcp contract afn float %v92, %v48
  %v94 = fcmp nsz arcp contract afn olt float %v24, -150.0
  %v95 = fcmp nsz arcp contract afn olt float %v24, 128.0
  %v96 = icmp ne i1 %v95, 1
  %v97 = select i1 %v96, float 0x7FF0000000000000, float %v93
  %v98 = select i1 %v94, float 0.0, float %v97
  %v99 = select i1 %v27, float 0x7FF8000000000000, float %v98
  %v100 = fadd nsz arcp contract afn float 1.0, %v99
  %v101 = fdiv nsz arcp contract afn float 2.0, %v77
  %v102 = fadd nsz arcp contract afn float %v101, -1.0
  %v103 = fdiv nsz arcp contract afn float 2.0, %v100
  %v104 = fadd nsz arcp contract afn float %v103, -1.0
  %v105_0 = insertelement <2 x float> poison, float %v104, i32 0
  %v105 = insertelement <2 x float> %v105_0, float %v102, i32 1
  %v106 = fmul nsz arcp contract afn float %v10, -2.885390043258667
  %v107 = fcmp nsz arcp contract afn une float %v106, 0xFFF0000000000000
  %v108 = fcmp nsz arcp contract afn une float %v106, 0x7FF0000000000000
  %v109 = fcmp nsz arcp contract afn une float %v106, %v106
  %v110 = select i1 %v107, float %v106, float 0.0
  %v111 = select i1 %v109, float 0.0, float %v110
  %v112 = select i1 %v108, float %v111, float 0.0
  %v113 = fcmp nsz arcp contract afn olt float %v112, 0.0
  %v114 = select i1 %v113, float -0.5, float 0.5
  %v115 = fadd nsz arcp contract afn float %v112, %v114
  %v116 = fptosi float %v115 to i32
  %v117 = fmul nsz arcp contract afn float %v12, -2.885390043258667
  %v118 = fcmp nsz arcp contract afn une float %v117, 0xFFF0000000000000
  %v119 = fcmp nsz arcp contract afn une float %v117, 0x7FF0000000000000
  %v120 = fcmp nsz arcp contract afn une float %v117, %v117
  %v121 = select i1 %v118, float %v117, float 0.0
  %v122 = select i1 %v120, float 0.0, float %v121
  %v123 = select i1 %v119, float %v122, float 0.0
  %v124 = fcmp nsz arcp contract afn olt float %v123, 0.0
  %v125 = select i1 %v124, float -0.5, float 0.5
  %v126 = fadd nsz arcp contract afn float %v123, %v125
  %v127 = fptosi float %v126 to i32
  %v128 = sitofp i32 %v116 to float
  %v129 = sitofp i32 %v127 to float
  %v130 = ashr i32 %v116, 1
  %v131 = mul i32 %v130, -1
  %v132 = add nsw i32 %v116, %v131
  %v133 = add nsw i32 %v132, 127
  %v134 = shl i32 %v133, 23
  %v135 = bitcast i32 %v134 to float
  %v136 = ashr i32 %v127, 1
  %v137 = mul i32 %v136, -1
  %v138 = add nsw i32 %v127, %v137
  %v139 = add nsw i32 %v138, 127
  %v140 = shl i32 %v139, 23
  %v141 = bitcast i32 %v140 to float
  %v142 = add nsw i32 %v130, 127
  %v143 = shl i32 %v142, 23
  %v144 = bitcast i32 %v143 to float
  %v145 = add nsw i32 %v136, 127
  %v146 = shl i32 %v145, 23
  %v147 = bitcast i32 %v146 to float
  %v148 = fmul nsz arcp contract afn float %v128, -1.0
  %v149 = fadd nsz arcp contract afn float %v112, %v148
  %v150 = fmul nsz arcp contract afn float 0.00015359208919107914, %v149
  %v151 = fadd nsz arcp contract afn float %v150, 0.0013392627006396651
  %v152 = fmul nsz arcp contract afn float %v151, %v149
  %v153 = fadd nsz arcp contract afn float %v152, 0.009618384763598442
  %v154 = fmul nsz arcp contract afn float %v153, %v149
  %v155 = fadd nsz arcp contract afn float %v154, 0.055503472685813904
  %v156 = fmul nsz arcp contract afn float %v155, %v149
  %v157 = fadd nsz arcp contract afn float %v156, 0.24022644758224487
  %v158 = fmul nsz arcp contract afn float %v157, %v149
  %v159 = fadd nsz arcp contract afn float %v158, 0.6931471824645996
  %v160 = fmul nsz arcp contract afn float %v159, %v149
  %v161 = fadd nsz arcp contract afn float %v160, 1.0
  %v162 = fmul nsz arcp contract afn float %v161, %v144
  %v163 = fmul nsz arcp contract afn float %v162, %v135
  %v164 = fcmp nsz arcp contract afn olt float %v106, -150.0
  %v165 = fcmp nsz arcp contract afn olt float %v106, 128.0
  %v166 = icmp ne i1 %v165, 1
  %v167 = select i1 %v166, float 0x7FF0000000000000, float %v163
  %v168 = select i1 %v164, float 0.0, float %v167
  %v169 = select i1 %v109, float 0x7FF8000000000000, float %v168
  %v170 = fadd nsz arcp contract afn float 1.0, %v169
  %v171 = fmul nsz arcp contract afn float %v129, -1.0
  %v172 = fadd nsz arcp contract afn float %v123, %v171
  %v173 = fmul nsz arcp contract afn float 0.00015359208919107914, %v172
  %v174 = fadd nsz arcp contract afn float %v173, 0.0013392627006396651
  %v175 = fmul nsz arcp contract afn float %v174, %v172
  %v176 = fadd nsz arcp contract afn float %v175, 0.009618384763598442
  %v177 = fmul nsz arcp contract afn float %v176, %v172
  %v178 = fadd nsz arcp contract afn float %v177, 0.055503472685813904
  %v179 = fmul nsz arcp contract afn float %v178, %v172
  %v180 = fadd nsz arcp contract afn float %v179, 0.24022644758224487
  %v181 = fmul nsz arcp contract afn float %v180, %v172
  %v182 = fadd nsz arcp contract afn float %v181, 0.6931471824645996
  %v183 = fmul nsz arcp contract afn float %v182, %v172
  %v184 = fadd nsz arcp contract afn float %v183, 1.0
  %v185 = fmul nsz arcp contract afn float %v184, %v147
  %v186 = fmul nsz arcp contract afn float %v185, %v141
  %v187 = fcmp nsz arcp contract afn olt float %v117, -150.0
  %v188 = fcmp nsz arcp contract afn olt float %v117, 128.0
  %v189 = icmp ne i1 %v188, 1
  %v190 = select i1 %v189, float 0x7FF0000000000000, float %v186
  %v191 = select i1 %v187, float 0.0, float %v190
  %v192 = select i1 %v120, float 0x7FF8000000000000, float %v191
  %v193 = fadd nsz arcp contract afn float 1.0, %v192
  %v194 = fdiv nsz arcp contract afn float 2.0, %v170
  %v195 = fadd nsz arcp contract afn float %v194, -1.0
  %v196 = fdiv nsz arcp contract afn float 2.0, %v193
  %v197 = fadd nsz arcp contract afn float %v196, -1.0
  %v198_0 = insertelement <2 x float> poison, float %v197, i32 0
  %v198 = insertelement <2 x float> %v198_0, float %v195, i32 1
  %v199 = shl i32 %v3, 1
  %v200 = add nsw i32 %v2, %v199
  %v201 = add nsw i32 %v200, 28
  %v202 = getelementptr inbounds float, float* %data0, i32 %v201
  %v203 = getelementptr inbounds float, float* %data0, i32 %v200
  store <2 x float> %v105, <2 x float>* %v202
  store <2 x float> %v198, <2 x float>* %v203
  br label %loop_footer_2_0
loop_footer_2_0:
  br label %loop_latch_2_0
loop_exit_2_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }