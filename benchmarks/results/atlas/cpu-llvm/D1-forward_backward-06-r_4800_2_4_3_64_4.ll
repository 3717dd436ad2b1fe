define void @r_4800_2_4_3_64_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [12 x float]
  %v1 = mul i32 %data3, 57600
  %v2 = mul i32 %data3, 3686400
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 4800
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = getelementptr inbounds float, float* %reg_0, i32 1
  %v6 = getelementptr inbounds float, float* %reg_0, i32 2
  %v7 = getelementptr inbounds float, float* %reg_0, i32 3
  %v8 = getelementptr inbounds float, float* %reg_0, i32 4
  %v9 = getelementptr inbounds float, float* %reg_0, i32 5
  %v10 = getelementptr inbounds float, float* %reg_0, i32 6
  %v11 = getelementptr inbounds float, float* %reg_0, i32 7
  %v12 = getelementptr inbounds float, float* %reg_0, i32 8
  %v13 = getelementptr inbounds float, float* %reg_0, i32 9
  %v14 = getelementptr inbounds float, float* %reg_0, i32 10
  %v15 = getelementptr inbounds float, float* %reg_0, i32 11
  %v16 = mul i32 %v3, 768
  %v17 = add nsw i32 %v2, %v16
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  store float 0.0, float* %v7
  store float 0.0, float* %v8
  store float 0.0, float* %v9
  store float 0.0, float* %v10
  store float 0.0, float* %v11
  store float 0.0, float* %v12
  store float 0.0, float* %v13
  store float 0.0, float* %v14
  store float 0.0, float* %v15
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v30 = phi i32 [ 0, %loop_entry_0 ], [ %v30phi, %loop_footer_0 ]
  %v30phi = add i32 %v30, 1
  %v30cmp = icmp ult i32 %v30, 64
  br i1 %v30cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v31 = getelementptr inbounds float, float* %reg_0, i32 0
  %v32 = load float, float* %v31
  %v33 = getelementptr inbounds float, float* %reg_0, i32 1
  %v34 = load float, float* %v33
  %v35 = getelementptr inbounds float, float* %reg_0, i32 2
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %reg_0, i32 3
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_0, i32 4
  %v40 = load float, float* %v39
  %v41 = getelementptr inbounds float, float* %reg_0, i32 5
  %v42 = load float, float* %v41
  %v43 = getelementptr inbounds float, float* %reg_0, i32 6
  %v44 = load float, float* %v43
  %v45 = getelementptr inbounds float, float* %reg_0, i32 7
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %reg_0, i32 8
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %reg_0, i32 9
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %reg_0, i32 10
  %v52 = load float, float* %v51
  %v53 = getelementptr inbounds float, float* %reg_0, i32 11
  %v54 = load float, float* %v53
  %v55 = shl i32 %v30, 2
  %v56 = add nsw i32 %v17, %v55
  %v57 = add nsw i32 %v56, 256
  %v58 = getelementptr inbounds float, float* %data1, i32 %v57
  %v59 = load <4 x float>, <4 x float>* %v58
  %v60 = add nsw i32 %v56, 512
  %v61 = getelementptr inbounds float, float* %data1, i32 %v60
  %v62 = load <4 x float>, <4 x float>* %v61
  %v63 = getelementptr inbounds float, float* %data1, i32 %v56
  %v64 = load <4 x float>, <4 x float>* %v63
  %v65 = add nsw i32 %v55, 256
  %v66 = getelementptr inbounds float, float* %data2, i32 %v65
  %v67 = load <4 x float>, <4 x float>* %v66
  %v68 = add nsw i32 %v55, 512
  %v69 = getelementptr inbounds float, float* %data2, i32 %v68
  %v70 = load <4 x float>, <4 x float>* %v69
  %v71 = add nsw i32 %v55, 768
  %v72 = getelementptr inbounds float, float* %data2, i32 %v71
  %v73 = load <4 x float>, <4 x float>* %v72
  %v74 = getelementptr inbounds float, float* %data2, i32 %v55
  %v75 = load <4 x float>, <4 x float>* %v74
  %v76 = extractelement <4 x float> %v59, i32 0
  %v77 = extractelement <4 x float> %v59, i32 1
  %v78 = extractelement <4 x float> %v59, i32 2
  %v79 = extractelement <4 x float> %v59, i32 3
  %v80 = extractelement <4 x float> %v62, i32 0
  %v81 = extractelement <4 x float> %v62, i32 1
  %v82 = extractelement <4 x float> %v62, i32 2
  %v83 = extractelement <4 x float> %v62, i32 3
  %v84 = extractelement <4 x float> %v64, i32 0
  %v85 = extractelement <4 x float> %v64, i32 1
  %v86 = extractelement <4 x float> %v64, i32 2
  %v87 = extractelement <4 x float> %v64, i32 3
  %v88 = extractelement <4 x float> %v67, i32 0
  %v89 = extractelement <4 x float> %v67, i32 1
  %v90 = extractelement <4 x float> %v67, i32 2
  %v91 = extractelement <4 x float> %v67, i32 3
  %v92 = extractelement <4 x float> %v70, i32 0
  %v93 = extractelement <4 x float> %v70, i32 1
  %v94 = extractelement <4 x float> %v70, i32 2
  %v95 = extractelement <4 x float> %v70, i32 3
  %v96 = extractelement <4 x float> %v73, i32 0
  %v97 = extractelement <4 x float> %v73, i32 1
  %v98 = extractelement <4 x float> %v73, i32 2
  %v99 = extractelement <4 x float> %v73, i32 3
  %v100 = extractelement <4 x float> %v75, i32 0
  %v101 = extractelement <4 x float> %v75, i32 1
  %v102 = extractelement <4 x float> %v75, i32 2
  %v103 = extractelement <4 x float> %v75, i32 3
  %v104 = fmul nsz arcp contract afn float %v84, %v100
  %v105 = fmul nsz arcp contract afn float %v85, %v101
  %v106 = fadd nsz arcp contract afn float %v104, %v105
  %v107 = fmul nsz arcp contract afn float %v86, %v102
  %v108 = fadd nsz arcp contract afn float %v106, %v107
  %v109 = fmul nsz arcp contract afn float %v87, %v103
  %v110 = fadd nsz arcp contract afn float %v108, %v109
  %v111 = fadd nsz arcp contract afn float %v32, %v110
  %v112 = fmul nsz arcp contract afn float %v84, %v88
  %v113 = fmul nsz arcp contract afn float %v85, %v89
  %v114 = fadd nsz arcp contract afn float %v112, %v113
  %v115 = fmul nsz arcp contract afn float %v86, %v90
  %v116 = fadd nsz arcp contract afn float %v114, %v115
  %v117 = fmul nsz arcp contract afn float %v87, %v91
  %v118 = fadd nsz arcp contract afn float %v116, %v117
  %v119 = fadd nsz arcp contract afn float %v34, %v118
  %v120 = fmul nsz arcp contract afn float %v84, %v92
  %v121 = fmul nsz arcp contract afn float %v85, %v93
  %v122 = fadd nsz arcp contract afn float %v120, %v121
  %v123 = fmul nsz arcp contract afn float %v86, %v94
  %v124 = fadd nsz arcp contract afn float %v122, %v123
  %v125 = fmul nsz arcp contract afn float %v87, %v95
  %v126 = fadd nsz arcp contract afn float %v124, %v125
  %v127 = fadd nsz arcp contract afn float %v36, %v126
  %v128 = fmul nsz arcp contract afn float %v84, %v96
  %v129 = fmul nsz arcp contract afn float %v85, %v97
  %v130 = fadd nsz arcp contract afn float %v128, %v129
  %v131 = fmul nsz arcp contract afn float %v86, %v98
  %v132 = fadd nsz arcp contract afn float %v130, %v131
  %v133 = fmul nsz arcp contract afn float %v87, %v99
  %v134 = fadd nsz arcp contract afn float %v132, %v133
  %v135 = fadd nsz arcp contract afn float %v38, %v134
  %v136 = fmul nsz arcp contract afn float %v76, %v100
  %v137 = fmul nsz arcp contract afn float %v77, %v101
  %v138 = fadd nsz arcp contract afn float %v136, %v137
  %v139 = fmul nsz arcp contract afn float %v78, %v102
  %v140 = fadd nsz arcp contract afn float %v138, %v139
  %v141 = fmul nsz arcp contract afn float %v79, %v103
  %v142 = fadd nsz arcp contract afn float %v140, %v141
  %v143 = fadd nsz arcp contract afn float %v40, %v142
  %v144 = fmul nsz arcp contract afn float %v76, %v88
  %v145 = fmul nsz arcp contract afn float %v77, %v89
  %v146 = fadd nsz arcp contract afn float %v144, %v145
  %v147 = fmul nsz arcp contract afn float %v78, %v90
  %v148 = fadd nsz arcp contract afn float %v146, %v147
  %v149 = fmul nsz arcp contract afn float %v79, %v91
  %v150 = fadd nsz arcp contract afn float %v148, %v149
  %v151 = fadd nsz arcp contract afn float %v42, %v150
  %v152 = fmul nsz arcp contract afn float %v76, %v92
  %v153 = fmul nsz arcp contract afn float %v77, %v93
  %v154 = fadd nsz arcp contract afn float %v152, %v153
  %v155 = fmul nsz arcp contract afn float %v78, %v94
  %v156 = fadd nsz arcp contract afn float %v154, %v155
  %v157 = fmul nsz arcp contract afn float %v79, %v95
  %v158 = fadd nsz arcp contract afn float %v156, %v157
  %v159 = fadd nsz arcp contract afn float %v44, %v158
  %v160 = fmul nsz arcp contract afn float %v76, %v96
  %v161 = fmul nsz arcp contract afn float %v77, %v97
  %v162 = fadd nsz arcp contract afn float %v160, %v161
  %v163 = fmul nsz arcp contract afn float %v78, %v98
  %v164 = fadd nsz arcp contract afn float %v162, %v163
  %v165 = fmul nsz arcp contract afn float %v79, %v99
  %v166 = fadd nsz arcp contract afn float %v164, %v165
  %v167 = fadd nsz arcp contract afn float %v46, %v166
  %v168 = fmul nsz arcp contract afn float %v80, %v100
  %v169 = fmul nsz arcp contract afn float %v81, %v101
  %v170 = fadd nsz arcp contract afn float %v168, %v169
  %v171 = fmul nsz arcp contract afn float %v82, %v102
  %v172 = fadd nsz arcp contract afn float %v170, %v171
  %v173 = fmul nsz arcp contract afn float %v83, %v103
  %v174 = fadd nsz arcp contract afn float %v172, %v173
  %v175 = fadd nsz arcp contract afn float %v48, %v174
  %v176 = fmul nsz arcp contract afn float %v80, %v88
  %v177 = fmul nsz arcp contract afn float %v81, %v89
  %v178 = fadd nsz arcp contract afn float %v176, %v177
  %v179 = fmul nsz arcp contract afn float %v82, %v90
  %v180 = fadd nsz arcp contract afn float %v178, %v179
  %v181 = fmul nsz arcp contract afn float %v83, %v91
  %v182 = fadd nsz arcp contract afn float %v180, %v181
  %v183 = fadd nsz arcp contract afn float %v50, %v182
  %v184 = fmul nsz arcp contract afn float %v80, %v92
  %v185 = fmul nsz arcp contract afn float %v81, %v93
  %v186 = fadd nsz arcp contract afn float %v184, %v185
  %v187 = fmul nsz arcp contract afn float %v82, %v94
  %v188 = fadd nsz arcp contract afn float %v186, %v187
  %v189 = fmul nsz arcp contract afn float %v83, %v95
  %v190 = fadd nsz arcp contract afn float %v188, %v189
  %v191 = fadd nsz arcp contract afn float %v52, %v190
  %v192 = fmul nsz arcp contract afn float %v80, %v96
  %v193 = fmul nsz arcp contract afn float %v81, %v97
  %v194 = fadd nsz arcp contract afn float %v192, %v193
  %v195 = fmul nsz arcp contract afn float %v82, %v98
  %v196 = fadd nsz arcp contract afn float %v194, %v195
  %v197 = fmul nsz arcp contract afn float %v83, %v99
  %v198 = fadd nsz arcp contract afn float %v196, %v197
  %v199 = fadd nsz arcp contract afn float %v54, %v198
  store float %v111, float* %v31
  store float %v119, float* %v33
  store float %v127, float* %v35
  store float %v135, float* %v37
  store float %v143, float* %v39
  store float %v151, float* %v41
  store float %v159, float* %v43
  store float %v167, float* %v45
  store float %v175, float* %v47
  store float %v183, float* %v49
  store float %v191, float* %v51
  store float %v199, float* %v53
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v213 = getelementptr inbounds float, float* %reg_0, i32 0
  %v214 = load float, float* %v213
  %v215 = getelementptr inbounds float, float* %reg_0, i32 1
  %v216 = load float, float* %v215
  %v217 = getelementptr inbounds float, float* %reg_0, i32 2
  %v218 = load float, float* %v217
  %v219 = getelementptr inbounds float, float* %reg_0, i32 3
  %v220 = load float, float* %v219
  %v221 = getelementptr inbounds float, float* %reg_0, i32 4
  %v222 = load float, float* %v221
  %v223 = getelementptr inbounds float, float* %reg_0, i32 5
  %v224 = load float, float* %v223
  %v225 = getelementptr inbounds float, float* %reg_0, i32 6
  %v226 = load float, float* %v225
  %v227 = getelementptr inbounds float, float* %reg_0, i32 7
  %v228 = load float, float* %v227
  %v229 = getelementptr inbounds float, float* %reg_0, i32 8
  %v230 = load float, float* %v229
  %v231 = getelementptr inbounds float, float* %reg_0, i32 9
  %v232 = load float, float* %v231
  %v233 = getelementptr inbounds float, float* %reg_0, i32 10
  %v234 = load float, float* %v233
  %v235 = getelementptr inbounds float, float* %reg_0, i32 11
  %v236 = load float, float* %v235
  %v237_0 = insertelement <4 x float> poison, float %v214, i32 0
  %v237_1 = insertelement <4 x float> %v237_0, float %v216, i32 1
  %v237_2 = insertelement <4 x float> %v237_1, float %v218, i32 2
  %v237 = insertelement <4 x float> %v237_2, float %v220, i32 3
  %v238_0 = insertelement <4 x float> poison, float %v222, i32 0
  %v238_1 = insertelement <4 x float> %v238_0, float %v224, i32 1
  %v238_2 = insertelement <4 x float> %v238_1, float %v226, i32 2
  %v238 = insertelement <4 x float> %v238_2, float %v228, i32 3
  %v239_0 = insertelement <4 x float> poison, float %v230, i32 0
  %v239_1 = insertelement <4 x float> %v239_0, float %v232, i32 1
  %v239_2 = insertelement <4 x float> %v239_1, float %v234, i32 2
  %v239 = insertelement <4 x float> %v239_2, float %v236, i32 3
  %v240 = mul i32 %v3, 12
  %v241 = add nsw i32 %v1, %v240
  %v242 = add nsw i32 %v241, 4
  %v243 = getelementptr inbounds float, float* %data0, i32 %v242
  %v244 = add nsw i32 %v241, 8
  %v245 = getelementptr inbounds float, float* %data0, i32 %v244
  %v246 = getelementptr inbounds float, float* %data0, i32 %v241
  store <4 x float> %v238, <4 x float>* %v243
  store <4 x float> %v239, <4 x float>* %v245
  store <4 x float> %v237, <4 x float>* %v246
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }