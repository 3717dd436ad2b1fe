define void @E_1792_14_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v0 = phi i32 [ 0, %loop_entry_1 ], [ %v0phi, %loop_footer_1 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 1792
  br i1 %v0cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v1 = mul i32 %v0, 14
  %v2 = mul i32 %v0, 28
  %v3 = mul i32 %v0, 56
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v4 = phi i32 [ 0, %loop_entry_3 ], [ %v4phi, %loop_footer_3 ]
  %v4phi = add i32 %v4, 1
  %v4cmp = icmp ult i32 %v4, 14
  br i1 %v4cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v5 = add nsw i32 %v1, %v4
  %v6 = getelementptr inbounds float, float* %data2, i32 %v5
  %v7 = load float, float* %v6
  %v8 = getelementptr inbounds float, float* %data3, i32 %v5
  %v9 = load float, float* %v8
  %v10 = getelementptr inbounds float, float* %data4, i32 %v5
  %v11 = load float, float* %v10
  %v12 = getelementptr inbounds float, float* %data5, i32 %v5
  %v13 = load float, float* %v12
  %v14 = shl i32 %v4, 1
  %v15 = add nsw i32 %v3, %v14
  %v16 = add nsw i32 %v15, 28
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load <2 x float>, <2 x float>* %v17
  %v19 = getelementptr inbounds float, float* %data1, i32 %v15
  %v20 = load <2 x float>, <2 x float>* %v19
  %v21 = extractelement <2 x float> %v18, i32 0
  %v22 = extractelement <2 x float> %v18, i32 1
  %v23 = fmul nsz arcp contract afn float %v7, -2.885390043258667
  %v24 = fcmp nsz arcp contract afn une float %v23, 0xFFF0000000000000
  %v25 = fcmp nsz arcp contract afn une float %v23, 0x7FF0000000000000
  %v26 = fcmp nsz arcp contract afn une float %v23, %v23
  %v27 = select i1 %v24, float %v23, float 0.0
  %v28 = select i1 %v26, float 0.0, float %v27
  %v29 = select i1 %v25, float %v28, float 0.0
  %v30 = fcmp nsz arcp contract afn olt float %v29, 0.0
  %v31 = select i1 %v30, float -0.5, float 0.5
  %v32 = fadd nsz arcp contract afn float %v29, %v31
  %v33 = fptosi float %v32 to i32
  %v34 = fmul nsz arcp contract afn float %v9, -2.885390043258667
  %v35 = fcmp nsz arcp contract afn une float %v34, 0xFFF0000000000000
  %v36 = fcmp nsz arcp contract afn une float %v34, 0x7FF0000000000000
  %v37 = fcmp nsz arcp contract afn une float %v34, %v34
  %v38 = select i1 %v35, float %v34, float 0.0
  %v39 = select i1 %v37, float 0.0, float %v38
  %v40 = select i1 %v36, float %v39, float 0.0
  %v41 = fcmp nsz arcp contract afn olt float %v40, 0.0
  %v42 = select i1 %v41, float -0.5, float 0.5
  %v43 = fadd nsz arcp contract afn float %v40, %v42
  %v44 = fptosi float %v43 to i32
  %v45 = sitofp i32 %v33 to float
  %v46 = sitofp i32 %v44 to float
  %v47 = ashr i32 %v33, 1
  %v48 = mul i32 %v47, -1
  %v49 = add nsw i32 %v33, %v48
  %v50 = add nsw i32 %v49, 127
  %v51 = shl i32 %v50, 23
  %v52 = bitcast i32 %v51 to float
  %v53 = ashr i32 %v44, 1
  %v54 = mul i32 %v53, -1
  %v55 = add nsw i32 %v44, %v54
  %v56 = add nsw i32 %v55, 127
  %v57 = shl i32 %v56, 23
  %v58 = bitcast i32 %v57 to float
  %v59 = add nsw i32 %v47, 127
  %v60 = shl i32 %v59, 23
  %v61 = bitcast i32 %v60 to float
  %v62 = add nsw i32 %v53, 127
  %v63 = shl i32 %v62, 23
  %v64 = bitcast i32 %v63 to float
  %v65 = fmul nsz arcp contract afn float %v45, -1.0
  %v66 = fadd nsz arcp contract afn float %v29, %v65
  %v67 = fmul nsz arcp contract afn float 0.00015359208919107914, %v66
  %v68 = fadd nsz arcp contract afn float %v67, 0.0013392627006396651
  %v69 = fmul nsz arcp contract afn float %v68, %v66
  %v70 = fadd nsz arcp contract afn float %v69, 0.009618384763598442
  %v71 = fmul nsz arcp contract afn float %v70, %v66
  %v72 = fadd nsz arcp contract afn float %v71, 0.055503472685813904
  %v73 = fmul nsz arcp contract afn float %v72, %v66
  %v74 = fadd nsz arcp contract afn float %v73, 0.24022644758224487
  %v75 = fmul nsz arcp contract afn float %v74, %v66
  %v76 = fadd nsz arcp contract afn float %v75, 0.6931471824645996
  %v77 = fmul nsz arcp contract afn float %v76, %v66
  %v78 = fadd nsz arcp contract afn float %v77, 1.0
  %v79 = fmul nsz arcp contract afn float %v78, %v61
  %v80 = fmul nsz arcp contract afn float %v79, %v52
  %v81 = fcmp nsz arcp contract afn olt float %v23, -150.0
  %v82 = fcmp nsz arcp contract afn olt float %v23, 128.0
  %v83 = icmp ne i1 %v82, 1
  %v84 = select i1 %v83, float 0x7FF0000000000000, float %v80
  %v85 = select i1 %v81, float 0.0, float %v84
  %v86 = select i1 %v26, float 0x7FF8000000000000, float %v85
  %v87 = fadd nsz arcp contract afn float 1.0, %v86
  %v88 = fdiv nsz arcp contract afn float -1.0, %v87
  %v89 = fadd nsz arcp contract afn float 1.0, %v88
  %v90 = fmul nsz arcp contract afn float %v46, -1.0
  %v91 = fadd nsz arcp contract afn float %v40, %v90
  %v92 = fmul nsz arcp contract afn float 0.00015359208919107914, %v91
  %v93 = fadd nsz arcp contract afn float %v92, 0.0013392627006396651
  %v94 = fmul nsz arcp contract afn float %v93, %v91
  %v95 = fadd nsz arcp contract afn float %v94, 0.009618384763598442
  %v96 = fmul nsz arcp contract afn float %v95, %v91
  %v97 = fadd nsz arcp contract afn float %v96, 0.055503472685813904
  %v98 = fmul nsz arcp contract afn float %v97, %v91
  %v99 = fadd nsz arcp contract afn float %v98, 0.24022644758224487
  %v100 = fmul nsz arcp contract afn float %v99, %v91
  %v101 = fadd nsz arcp contract afn float %v100, 0.6931471824645996
  %v102 = fmul nsz arcp contract afn float %v101, %v91
  %v103 = fadd nsz arcp contract afn float %v102, 1.0
  %v104 = fmul nsz arcp contract afn float %v103, %v64
  %v105 = fmul nsz arcp contract afn float %v104, %v58
  %v106 = fcmp nsz arcp contract afn olt float %v34, -150.0
  %v107 = fcmp nsz arcp contract afn olt float %v34, 128.0
  %v108 = icmp ne i1 %v107, 1
  %v109 = select i1 %v108, float 0x7FF0000000000000, float %v105
  %v110 = select i1 %v106, float 0.0, float %v109
  %v111 = select i1 %v37, float 0x7FF8000000000000, float %v110
  %v112 = fadd nsz arcp contract afn float 1.0, %v111
  %v113 = fdiv nsz arcp contract afn float -1.0, %v112
  %v114 = fadd nsz arcp contract afn float 1.0, %v113
  %v115 = fdiv nsz arcp contract afn float %v21, %v112
  %v116 = fmul nsz arcp contract afn float %v115, %v114
  %v117 = fmul nsz arcp contract afn float %v116, 4.0
  %v118 = fdiv nsz arcp contract afn float %v22, %v87
  %v119 = fmul nsz arcp contract afn float %v118, %v89
  %v120 = fmul nsz arcp contract afn float %v119, 4.0
  %v121_0 = insertelement <2 x float> poison, float %v117, i32 0
  %v121 = insertelement <2 x float> %v121_0, float %v120, i32 1
  %v122 = extractelement <2 x float> %v20, i32 0
  %v123 = extractelement <2 x float> %v20, i32 1
  %v124 = fmul nsz arcp contract afn float %v11, -2.885390043258667
  %v125 = fcmp nsz arcp contract afn une float %v124, 0xFFF0000000000000
  %v126 = fcmp nsz arcp contract afn une float %v124, 0x7FF0000000000000
  %v127 = fcmp nsz arcp contract afn une float %v124, %v124
  %v128 = select i1 %v125, float %v124, float 0.0
  %v129 = select i1 %v127, float 0.0, float %v128
  %v130 = select i1 %v126, float %v129, float 0.0
  %v131 = fcmp nsz arcp contract afn olt float %v130, 0.0
  %v132 = select i1 %v131, float -0.5, float 0.5
  %v133 = fadd nsz arcp contract afn float %v130, %v132
  %v134 = fptosi float %v133 to i32
  %v135 = fmul nsz arcp contract afn float %v13, -2.885390043258667
  %v136 = fcmp nsz arcp contract afn une float %v135, 0xFFF0000000000000
  %v137 = fcmp nsz arcp contract afn une float %v135, 0x7FF0000000000000
  %v138 = fcmp nsz arcp contract afn une float %v135, %v135
  %v139 = select i1 %v136, float %v135, float 0.0
  %v140 = select i1 %v138, float 0.0, float %v139
  %v141 = select i1 %v137, float %v140, float 0.0
  %v142 = fcmp nsz arcp contract afn olt float %v141, 0.0
  %v143 = select i1 %v142, float -0.5, float 0.5
  %v144 = fadd nsz arcp contract afn float %v141, %v143
  %v145 = fptosi float %v144 to i32
  %v146 = sitofp i32 %v134 to float
  %v147 = sitofp i32 %v145 to float
  %v148 = ashr i32 %v134, 1
  %v149 = mul i32 %v148, -1
  %v150 = add nsw i32 %v134, %v149
  %v151 = add nsw i32 %v150, 127
  %v152 = shl i32 %v151, 23
  %v153 = bitcast i32 %v152 to float
  %v154 = ashr i32 %v145, 1
  %v155 = mul i32 %v154, -1
  %v156 = add nsw i32 %v145, %v155
  %v157 = add nsw i32 %v156, 127
  %v158 = shl i32 %v157, 23
  %v159 = bitcast i32 %v158 to float
  %v160 = add nsw i32 %v148, 127
  %v161 = shl i32 %v160, 23
  %v162 = bitcast i32 %v161 to float
  %v163 = add nsw i32 %v154, 127
  %v164 = shl i32 %v163, 23
  %v165 = bitcast i32 %v164 to float
  %v166 = fmul nsz arcp contract afn float %v146, -1.0
  %v167 = fadd nsz arcp contract afn float %v130, %v166
  %v168 = fmul nsz arcp contract afn float 0.00015359208919107914, %v167
  %v169 = fadd nsz arcp contract afn float %v168, 0.0013392627006396651
  %v170 = fmul nsz arcp contract afn float %v169, %v167
  %v171 = fadd nsz arcp contract afn float %v170, 0.009618384763598442
  %v172 = fmul nsz arcp contract afn float %v171, %v167
  %v173 = fadd nsz arcp contract afn float %v172, 0.055503472685813904
  %v174 = fmul nsz arcp contract afn float %v173, %v167
  %v175 = fadd nsz arcp contract afn float %v174, 0.24022644758224487
  %v176 = fmul nsz arcp contract afn float %v175, %v167
  %v177 = fadd nsz arcp contract afn float %v176, 0.6931471824645996
  %v178 = fmul nsz arcp contract afn float %v177, %v167
  %v179 = fadd nsz arcp contract afn float %v178, 1.0
  %v180 = fmul nsz arcp contract afn float %v179, %v162
  %v181 = fmul nsz arcp contract afn float %v180, %v153
  %v182 = fcmp nsz arcp contract afn olt float %v124, -150.0
  %v183 = fcmp nsz arcp contract afn olt float %v124, 128.0
  %v184 = icmp ne i1 %v183, 1
  %v185 = select i1 %v184, float 0x7FF0000000000000, float %v181
  %v186 = select i1 %v182, float 0.0, float %v185
  %v187 = select i1 %v127, float 0x7FF8000000000000, float %v186
  %v188 = fadd nsz arcp contract afn float 1.0, %v187
  %v189 = fdiv nsz arcp contract afn float -1.0, %v188
  %v190 = fadd nsz arcp contract afn float 1.0, %v189
  %v191 = fmul nsz arcp contract afn float %v147, -1.0
  %v192 = fadd nsz arcp contract afn float %v141, %v191
  %v193 = fmul nsz arcp contract afn float 0.00015359208919107914, %v192
  %v194 = fadd nsz arcp contract afn float %v193, 0.0013392627006396651
  %v195 = fmul nsz arcp contract afn float %v194, %v192
  %v196 = fadd nsz arcp contract afn float %v195, 0.009618384763598442
  %v197 = fmul nsz arcp contract afn float %v196, %v192
  %v198 = fadd nsz arcp contract afn float %v197, 0.055503472685813904
  %v199 = fmul nsz arcp contract afn float %v198, %v192
  %v200 = fadd nsz arcp contract afn float %v199, 0.24022644758224487
  %v201 = fmul nsz arcp contract afn float %v200, %v192
  %v202 = fadd nsz arcp contract afn float %v201, 0.6931471824645996
  %v203 = fmul nsz arcp contract afn float %v202, %v192
  %v204 = fadd nsz arcp contract afn float %v203, 1.0
  %v205 = fmul nsz arcp contract afn float %v204, %v165
  %v206 = fmul nsz arcp contract afn float %v205, %v159
  %v207 = fcmp nsz arcp contract afn olt float %v135, -150.0
  %v208 = fcmp nsz arcp contract afn olt float %v135, 128.0
  %v209 = icmp ne i1 %v208, 1
  %v210 = select i1 %v209, float 0x7FF0000000000000, float %v206
  %v211 = select i1 %v207, float 0.0, float %v210
  %v212 = select i1 %v138, float 0x7FF8000000000000, float %v211
  %v213 = fadd nsz arcp contract afn float 1.0, %v212
  %v214 = fdiv nsz arcp contract afn float -1.0, %v213
  %v215 = fadd nsz arcp contract afn float 1.0, %v214
  %v216 = fdiv nsz arcp contract afn float %v122, %v213
  %v217 = fmul nsz arcp contract afn float %v216, %v215
  %v218 = fmul nsz arcp contract afn float %v217, 4.0
  %v219 = fdiv nsz arcp contract afn float %v123, %v188
  %v220 = fmul nsz arcp contract afn float %v219, %v190
  %v221 = fmul nsz arcp contract afn float %v220, 4.0
  %v222_0 = insertelement <2 x float> poison, float %v218, i32 0
  %v222 = insertelement <2 x float> %v222_0, float %v221, i32 1
  %v223 = add nsw i32 %v2, %v14
  %v224 = add nsw i32 %v223, 50176
  %v225 = getelementptr inbounds float, float* %data0, i32 %v224
  %v226 = getelementptr inbounds float, float* %data0, i32 %v223
  store <2 x float> %v121, <2 x float>* %v225
  store <2 x float> %v222, <2 x float>* %v226
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }