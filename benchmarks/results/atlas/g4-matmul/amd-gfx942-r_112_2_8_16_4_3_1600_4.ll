define amdgpu_kernel void @r_112_2_8_16_4_3_1600_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [12 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
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
  %v16 = mul i32 %v0, 409600
  %v17 = mul i32 %v3, 25600
  %v18 = add nsw i32 %v16, %v17
  %v19 = mul i32 %v1, 153600
  %v20 = mul i32 %v2, 19200
  %v21 = add nsw i32 %v19, %v20
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
  %v34 = phi i32 [ 0, %loop_entry_0 ], [ %v34phi, %loop_footer_0 ]
  %v34phi = add i32 %v34, 1
  %v34cmp = icmp ult i32 %v34, 1600
  br i1 %v34cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v35 = getelementptr inbounds float, float* %reg_0, i32 0
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %reg_0, i32 1
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_0, i32 2
  %v40 = load float, float* %v39
  %v41 = getelementptr inbounds float, float* %reg_0, i32 3
  %v42 = load float, float* %v41
  %v43 = getelementptr inbounds float, float* %reg_0, i32 4
  %v44 = load float, float* %v43
  %v45 = getelementptr inbounds float, float* %reg_0, i32 5
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %reg_0, i32 6
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %reg_0, i32 7
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %reg_0, i32 8
  %v52 = load float, float* %v51
  %v53 = getelementptr inbounds float, float* %reg_0, i32 9
  %v54 = load float, float* %v53
  %v55 = getelementptr inbounds float, float* %reg_0, i32 10
  %v56 = load float, float* %v55
  %v57 = getelementptr inbounds float, float* %reg_0, i32 11
  %v58 = load float, float* %v57
  %v59 = shl i32 %v34, 2
  %v60 = add nsw i32 %v21, %v59
  %v61 = add nsw i32 %v60, 6400
  %v62 = getelementptr inbounds float, float* %data1, i32 %v61
  %v63 = load <4 x float>, <4 x float>* %v62
  %v64 = add nsw i32 %v60, 12800
  %v65 = getelementptr inbounds float, float* %data1, i32 %v64
  %v66 = load <4 x float>, <4 x float>* %v65
  %v67 = getelementptr inbounds float, float* %data1, i32 %v60
  %v68 = load <4 x float>, <4 x float>* %v67
  %v69 = add nsw i32 %v18, %v59
  %v70 = add nsw i32 %v69, 6400
  %v71 = getelementptr inbounds float, float* %data2, i32 %v70
  %v72 = load <4 x float>, <4 x float>* %v71
  %v73 = add nsw i32 %v69, 12800
  %v74 = getelementptr inbounds float, float* %data2, i32 %v73
  %v75 = load <4 x float>, <4 x float>* %v74
  %v76 = add nsw i32 %v69, 19200
  %v77 = getelementptr inbounds float, float* %data2, i32 %v76
  %v78 = load <4 x float>, <4 x float>* %v77
  %v79 = getelementptr inbounds float, float* %data2, i32 %v69
  %v80 = load <4 x float>, <4 x float>* %v79
  %v81 = extractelement <4 x float> %v63, i32 0
  %v82 = extractelement <4 x float> %v63, i32 1
  %v83 = extractelement <4 x float> %v63, i32 2
  %v84 = extractelement <4 x float> %v63, i32 3
  %v85 = extractelement <4 x float> %v66, i32 0
  %v86 = extractelement <4 x float> %v66, i32 1
  %v87 = extractelement <4 x float> %v66, i32 2
  %v88 = extractelement <4 x float> %v66, i32 3
  %v89 = extractelement <4 x float> %v68, i32 0
  %v90 = extractelement <4 x float> %v68, i32 1
  %v91 = extractelement <4 x float> %v68, i32 2
  %v92 = extractelement <4 x float> %v68, i32 3
  %v93 = extractelement <4 x float> %v72, i32 0
  %v94 = extractelement <4 x float> %v72, i32 1
  %v95 = extractelement <4 x float> %v72, i32 2
  %v96 = extractelement <4 x float> %v72, i32 3
  %v97 = extractelement <4 x float> %v75, i32 0
  %v98 = extractelement <4 x float> %v75, i32 1
  %v99 = extractelement <4 x float> %v75, i32 2
  %v100 = extractelement <4 x float> %v75, i32 3
  %v101 = extractelement <4 x float> %v78, i32 0
  %v102 = extractelement <4 x float> %v78, i32 1
  %v103 = extractelement <4 x float> %v78, i32 2
  %v104 = extractelement <4 x float> %v78, i32 3
  %v105 = extractelement <4 x float> %v80, i32 0
  %v106 = extractelement <4 x float> %v80, i32 1
  %v107 = extractelement <4 x float> %v80, i32 2
  %v108 = extractelement <4 x float> %v80, i32 3
  %v109 = fmul nsz arcp contract afn float %v89, %v105
  %v110 = fmul nsz arcp contract afn float %v90, %v106
  %v111 = fadd nsz arcp contract afn float %v109, %v110
  %v112 = fmul nsz arcp contract afn float %v91, %v107
  %v113 = fadd nsz arcp contract afn float %v111, %v112
  %v114 = fmul nsz arcp contract afn float %v92, %v108
  %v115 = fadd nsz arcp contract afn float %v113, %v114
  %v116 = fadd nsz arcp contract afn float %v36, %v115
  %v117 = fmul nsz arcp contract afn float %v89, %v93
  %v118 = fmul nsz arcp contract afn float %v90, %v94
  %v119 = fadd nsz arcp contract afn float %v117, %v118
  %v120 = fmul nsz arcp contract afn float %v91, %v95
  %v121 = fadd nsz arcp contract afn float %v119, %v120
  %v122 = fmul nsz arcp contract afn float %v92, %v96
  %v123 = fadd nsz arcp contract afn float %v121, %v122
  %v124 = fadd nsz arcp contract afn float %v38, %v123
  %v125 = fmul nsz arcp contract afn float %v89, %v97
  %v126 = fmul nsz arcp contract afn float %v90, %v98
  %v127 = fadd nsz arcp contract afn float %v125, %v126
  %v128 = fmul nsz arcp contract afn float %v91, %v99
  %v129 = fadd nsz arcp contract afn float %v127, %v128
  %v130 = fmul nsz arcp contract afn float %v92, %v100
  %v131 = fadd nsz arcp contract afn float %v129, %v130
  %v132 = fadd nsz arcp contract afn float %v40, %v131
  %v133 = fmul nsz arcp contract afn float %v89, %v101
  %v134 = fmul nsz arcp contract afn float %v90, %v102
  %v135 = fadd nsz arcp contract afn float %v133, %v134
  %v136 = fmul nsz arcp contract afn float %v91, %v103
  %v137 = fadd nsz arcp contract afn float %v135, %v136
  %v138 = fmul nsz arcp contract afn float %v92, %v104
  %v139 = fadd nsz arcp contract afn float %v137, %v138
  %v140 = fadd nsz arcp contract afn float %v42, %v139
  %v141 = fmul nsz arcp contract afn float %v81, %v105
  %v142 = fmul nsz arcp contract afn float %v82, %v106
  %v143 = fadd nsz arcp contract afn float %v141, %v142
  %v144 = fmul nsz arcp contract afn float %v83, %v107
  %v145 = fadd nsz arcp contract afn float %v143, %v144
  %v146 = fmul nsz arcp contract afn float %v84, %v108
  %v147 = fadd nsz arcp contract afn float %v145, %v146
  %v148 = fadd nsz arcp contract afn float %v44, %v147
  %v149 = fmul nsz arcp contract afn float %v81, %v93
  %v150 = fmul nsz arcp contract afn float %v82, %v94
  %v151 = fadd nsz arcp contract afn float %v149, %v150
  %v152 = fmul nsz arcp contract afn float %v83, %v95
  %v153 = fadd nsz arcp contract afn float %v151, %v152
  %v154 = fmul nsz arcp contract afn float %v84, %v96
  %v155 = fadd nsz arcp contract afn float %v153, %v154
  %v156 = fadd nsz arcp contract afn float %v46, %v155
  %v157 = fmul nsz arcp contract afn float %v81, %v97
  %v158 = fmul nsz arcp contract afn float %v82, %v98
  %v159 = fadd nsz arcp contract afn float %v157, %v158
  %v160 = fmul nsz arcp contract afn float %v83, %v99
  %v161 = fadd nsz arcp contract afn float %v159, %v160
  %v162 = fmul nsz arcp contract afn float %v84, %v100
  %v163 = fadd nsz arcp contract afn float %v161, %v162
  %v164 = fadd nsz arcp contract afn float %v48, %v163
  %v165 = fmul nsz arcp contract afn float %v81, %v101
  %v166 = fmul nsz arcp contract afn float %v82, %v102
  %v167 = fadd nsz arcp contract afn float %v165, %v166
  %v168 = fmul nsz arcp contract afn float %v83, %v103
  %v169 = fadd nsz arcp contract afn float %v167, %v168
  %v170 = fmul nsz arcp contract afn float %v84, %v104
  %v171 = fadd nsz arcp contract afn float %v169, %v170
  %v172 = fadd nsz arcp contract afn float %v50, %v171
  %v173 = fmul nsz arcp contract afn float %v85, %v105
  %v174 = fmul nsz arcp contract afn float %v86, %v106
  %v175 = fadd nsz arcp contract afn float %v173, %v174
  %v176 = fmul nsz arcp contract afn float %v87, %v107
  %v177 = fadd nsz arcp contract afn float %v175, %v176
  %v178 = fmul nsz arcp contract afn float %v88, %v108
  %v179 = fadd nsz arcp contract afn float %v177, %v178
  %v180 = fadd nsz arcp contract afn float %v52, %v179
  %v181 = fmul nsz arcp contract afn float %v85, %v93
  %v182 = fmul nsz arcp contract afn float %v86, %v94
  %v183 = fadd nsz arcp contract afn float %v181, %v182
  %v184 = fmul nsz arcp contract afn float %v87, %v95
  %v185 = fadd nsz arcp contract afn float %v183, %v184
  %v186 = fmul nsz arcp contract afn float %v88, %v96
  %v187 = fadd nsz arcp contract afn float %v185, %v186
  %v188 = fadd nsz arcp contract afn float %v54, %v187
  %v189 = fmul nsz arcp contract afn float %v85, %v97
  %v190 = fmul nsz arcp contract afn float %v86, %v98
  %v191 = fadd nsz arcp contract afn float %v189, %v190
  %v192 = fmul nsz arcp contract afn float %v87, %v99
  %v193 = fadd nsz arcp contract afn float %v191, %v192
  %v194 = fmul nsz arcp contract afn float %v88, %v100
  %v195 = fadd nsz arcp contract afn float %v193, %v194
  %v196 = fadd nsz arcp contract afn float %v56, %v195
  %v197 = fmul nsz arcp contract afn float %v85, %v101
  %v198 = fmul nsz arcp contract afn float %v86, %v102
  %v199 = fadd nsz arcp contract afn float %v197, %v198
  %v200 = fmul nsz arcp contract afn float %v87, %v103
  %v201 = fadd nsz arcp contract afn float %v199, %v200
  %v202 = fmul nsz arcp contract afn float %v88, %v104
  %v203 = fadd nsz arcp contract afn float %v201, %v202
  %v204 = fadd nsz arcp contract afn float %v58, %v203
  store float %v116, float* %v35
  store float %v124, float* %v37
  store float %v132, float* %v39
  store float %v140, float* %v41
  store float %v148, float* %v43
  store float %v156, float* %v45
  store float %v164, float* %v47
  store float %v172, float* %v49
  store float %v180, float* %v51
  store float %v188, float* %v53
  store float %v196, float* %v55
  store float %v204, float* %v57
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v218 = getelementptr inbounds float, float* %reg_0, i32 0
  %v219 = load float, float* %v218
  %v220 = getelementptr inbounds float, float* %reg_0, i32 1
  %v221 = load float, float* %v220
  %v222 = getelementptr inbounds float, float* %reg_0, i32 2
  %v223 = load float, float* %v222
  %v224 = getelementptr inbounds float, float* %reg_0, i32 3
  %v225 = load float, float* %v224
  %v226 = getelementptr inbounds float, float* %reg_0, i32 4
  %v227 = load float, float* %v226
  %v228 = getelementptr inbounds float, float* %reg_0, i32 5
  %v229 = load float, float* %v228
  %v230 = getelementptr inbounds float, float* %reg_0, i32 6
  %v231 = load float, float* %v230
  %v232 = getelementptr inbounds float, float* %reg_0, i32 7
  %v233 = load float, float* %v232
  %v234 = getelementptr inbounds float, float* %reg_0, i32 8
  %v235 = load float, float* %v234
  %v236 = getelementptr inbounds float, float* %reg_0, i32 9
  %v237 = load float, float* %v236
  %v238 = getelementptr inbounds float, float* %reg_0, i32 10
  %v239 = load float, float* %v238
  %v240 = getelementptr inbounds float, float* %reg_0, i32 11
  %v241 = load float, float* %v240
  %v242_0 = insertelement <4 x float> poison, float %v219, i32 0
  %v242_1 = insertelement <4 x float> %v242_0, float %v221, i32 1
  %v242_2 = insertelement <4 x float> %v242_1, float %v223, i32 2
  %v242 = insertelement <4 x float> %v242_2, float %v225, i32 3
  %v243_0 = insertelement <4 x float> poison, float %v227, i32 0
  %v243_1 = insertelement <4 x float> %v243_0, float %v229, i32 1
  %v243_2 = insertelement <4 x float> %v243_1, float %v231, i32 2
  %v243 = insertelement <4 x float> %v243_2, float %v233, i32 3
  %v244_0 = insertelement <4 x float> poison, float %v235, i32 0
  %v244_1 = insertelement <4 x float> %v244_0, float %v237, i32 1
  %v244_2 = insertelement <4 x float> %v244_1, float %v239, i32 2
  %v244 = insertelement <4 x float> %v244_2, float %v241, i32 3
  %v245 = mul i32 %v1, 3072
  %v246 = mul i32 %v2, 384
  %v247 = add nsw i32 %v245, %v246
  %v248 = shl i32 %v0, 6
  %v249 = shl i32 %v3, 2
  %v250 = add nsw i32 %v248, %v249
  %v251 = add nsw i32 %v250, %v247
  %v252 = add nsw i32 %v251, 128
  %v253 = getelementptr inbounds float, float* %data0, i32 %v252
  %v254 = add nsw i32 %v251, 256
  %v255 = getelementptr inbounds float, float* %data0, i32 %v254
  %v256 = getelementptr inbounds float, float* %data0, i32 %v251
  store <4 x float> %v243, <4 x float>* %v253
  store <4 x float> %v244, <4 x float>* %v255
  store <4 x float> %v242, <4 x float>* %v256
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }