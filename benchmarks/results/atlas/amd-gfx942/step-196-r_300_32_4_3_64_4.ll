define amdgpu_kernel void @r_300_32_4_3_64_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [12 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = getelementptr inbounds float, float* %reg_0, i32 0
  %v3 = getelementptr inbounds float, float* %reg_0, i32 1
  %v4 = getelementptr inbounds float, float* %reg_0, i32 2
  %v5 = getelementptr inbounds float, float* %reg_0, i32 3
  %v6 = getelementptr inbounds float, float* %reg_0, i32 4
  %v7 = getelementptr inbounds float, float* %reg_0, i32 5
  %v8 = getelementptr inbounds float, float* %reg_0, i32 6
  %v9 = getelementptr inbounds float, float* %reg_0, i32 7
  %v10 = getelementptr inbounds float, float* %reg_0, i32 8
  %v11 = getelementptr inbounds float, float* %reg_0, i32 9
  %v12 = getelementptr inbounds float, float* %reg_0, i32 10
  %v13 = getelementptr inbounds float, float* %reg_0, i32 11
  %v14 = mul i32 %v0, 24576
  %v15 = mul i32 %v1, 768
  %v16 = add nsw i32 %v14, %v15
  store float 0.0, float* %v2
  store float 0.0, float* %v3
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
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v29 = phi i32 [ 0, %loop_entry_0 ], [ %v29phi, %loop_footer_0 ]
  %v29phi = add i32 %v29, 1
  %v29cmp = icmp ult i32 %v29, 64
  br i1 %v29cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v30 = getelementptr inbounds float, float* %reg_0, i32 0
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %reg_0, i32 1
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %reg_0, i32 2
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %reg_0, i32 3
  %v37 = load float, float* %v36
  %v38 = getelementptr inbounds float, float* %reg_0, i32 4
  %v39 = load float, float* %v38
  %v40 = getelementptr inbounds float, float* %reg_0, i32 5
  %v41 = load float, float* %v40
  %v42 = getelementptr inbounds float, float* %reg_0, i32 6
  %v43 = load float, float* %v42
  %v44 = getelementptr inbounds float, float* %reg_0, i32 7
  %v45 = load float, float* %v44
  %v46 = getelementptr inbounds float, float* %reg_0, i32 8
  %v47 = load float, float* %v46
  %v48 = getelementptr inbounds float, float* %reg_0, i32 9
  %v49 = load float, float* %v48
  %v50 = getelementptr inbounds float, float* %reg_0, i32 10
  %v51 = load float, float* %v50
  %v52 = getelementptr inbounds float, float* %reg_0, i32 11
  %v53 = load float, float* %v52
  %v54 = shl i32 %v29, 2
  %v55 = add nsw i32 %v16, %v54
  %v56 = add nsw i32 %v55, 256
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load <4 x float>, <4 x float>* %v57
  %v59 = add nsw i32 %v55, 512
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load <4 x float>, <4 x float>* %v60
  %v62 = getelementptr inbounds float, float* %data1, i32 %v55
  %v63 = load <4 x float>, <4 x float>* %v62
  %v64 = add nsw i32 %v54, 256
  %v65 = getelementptr inbounds float, float* %data2, i32 %v64
  %v66 = load <4 x float>, <4 x float>* %v65
  %v67 = add nsw i32 %v54, 512
  %v68 = getelementptr inbounds float, float* %data2, i32 %v67
  %v69 = load <4 x float>, <4 x float>* %v68
  %v70 = add nsw i32 %v54, 768
  %v71 = getelementptr inbounds float, float* %data2, i32 %v70
  %v72 = load <4 x float>, <4 x float>* %v71
  %v73 = getelementptr inbounds float, float* %data2, i32 %v54
  %v74 = load <4 x float>, <4 x float>* %v73
  %v75 = extractelement <4 x float> %v58, i32 0
  %v76 = extractelement <4 x float> %v58, i32 1
  %v77 = extractelement <4 x float> %v58, i32 2
  %v78 = extractelement <4 x float> %v58, i32 3
  %v79 = extractelement <4 x float> %v61, i32 0
  %v80 = extractelement <4 x float> %v61, i32 1
  %v81 = extractelement <4 x float> %v61, i32 2
  %v82 = extractelement <4 x float> %v61, i32 3
  %v83 = extractelement <4 x float> %v63, i32 0
  %v84 = extractelement <4 x float> %v63, i32 1
  %v85 = extractelement <4 x float> %v63, i32 2
  %v86 = extractelement <4 x float> %v63, i32 3
  %v87 = extractelement <4 x float> %v66, i32 0
  %v88 = extractelement <4 x float> %v66, i32 1
  %v89 = extractelement <4 x float> %v66, i32 2
  %v90 = extractelement <4 x float> %v66, i32 3
  %v91 = extractelement <4 x float> %v69, i32 0
  %v92 = extractelement <4 x float> %v69, i32 1
  %v93 = extractelement <4 x float> %v69, i32 2
  %v94 = extractelement <4 x float> %v69, i32 3
  %v95 = extractelement <4 x float> %v72, i32 0
  %v96 = extractelement <4 x float> %v72, i32 1
  %v97 = extractelement <4 x float> %v72, i32 2
  %v98 = extractelement <4 x float> %v72, i32 3
  %v99 = extractelement <4 x float> %v74, i32 0
  %v100 = extractelement <4 x float> %v74, i32 1
  %v101 = extractelement <4 x float> %v74, i32 2
  %v102 = extractelement <4 x float> %v74, i32 3
  %v103 = fmul nsz arcp contract afn float %v83, %v99
  %v104 = fmul nsz arcp contract afn float %v84, %v100
  %v105 = fadd nsz arcp contract afn float %v103, %v104
  %v106 = fmul nsz arcp contract afn float %v85, %v101
  %v107 = fadd nsz arcp contract afn float %v105, %v106
  %v108 = fmul nsz arcp contract afn float %v86, %v102
  %v109 = fadd nsz arcp contract afn float %v107, %v108
  %v110 = fadd nsz arcp contract afn float %v31, %v109
  %v111 = fmul nsz arcp contract afn float %v83, %v87
  %v112 = fmul nsz arcp contract afn float %v84, %v88
  %v113 = fadd nsz arcp contract afn float %v111, %v112
  %v114 = fmul nsz arcp contract afn float %v85, %v89
  %v115 = fadd nsz arcp contract afn float %v113, %v114
  %v116 = fmul nsz arcp contract afn float %v86, %v90
  %v117 = fadd nsz arcp contract afn float %v115, %v116
  %v118 = fadd nsz arcp contract afn float %v33, %v117
  %v119 = fmul nsz arcp contract afn float %v83, %v91
  %v120 = fmul nsz arcp contract afn float %v84, %v92
  %v121 = fadd nsz arcp contract afn float %v119, %v120
  %v122 = fmul nsz arcp contract afn float %v85, %v93
  %v123 = fadd nsz arcp contract afn float %v121, %v122
  %v124 = fmul nsz arcp contract afn float %v86, %v94
  %v125 = fadd nsz arcp contract afn float %v123, %v124
  %v126 = fadd nsz arcp contract afn float %v35, %v125
  %v127 = fmul nsz arcp contract afn float %v83, %v95
  %v128 = fmul nsz arcp contract afn float %v84, %v96
  %v129 = fadd nsz arcp contract afn float %v127, %v128
  %v130 = fmul nsz arcp contract afn float %v85, %v97
  %v131 = fadd nsz arcp contract afn float %v129, %v130
  %v132 = fmul nsz arcp contract afn float %v86, %v98
  %v133 = fadd nsz arcp contract afn float %v131, %v132
  %v134 = fadd nsz arcp contract afn float %v37, %v133
  %v135 = fmul nsz arcp contract afn float %v75, %v99
  %v136 = fmul nsz arcp contract afn float %v76, %v100
  %v137 = fadd nsz arcp contract afn float %v135, %v136
  %v138 = fmul nsz arcp contract afn float %v77, %v101
  %v139 = fadd nsz arcp contract afn float %v137, %v138
  %v140 = fmul nsz arcp contract afn float %v78, %v102
  %v141 = fadd nsz arcp contract afn float %v139, %v140
  %v142 = fadd nsz arcp contract afn float %v39, %v141
  %v143 = fmul nsz arcp contract afn float %v75, %v87
  %v144 = fmul nsz arcp contract afn float %v76, %v88
  %v145 = fadd nsz arcp contract afn float %v143, %v144
  %v146 = fmul nsz arcp contract afn float %v77, %v89
  %v147 = fadd nsz arcp contract afn float %v145, %v146
  %v148 = fmul nsz arcp contract afn float %v78, %v90
  %v149 = fadd nsz arcp contract afn float %v147, %v148
  %v150 = fadd nsz arcp contract afn float %v41, %v149
  %v151 = fmul nsz arcp contract afn float %v75, %v91
  %v152 = fmul nsz arcp contract afn float %v76, %v92
  %v153 = fadd nsz arcp contract afn float %v151, %v152
  %v154 = fmul nsz arcp contract afn float %v77, %v93
  %v155 = fadd nsz arcp contract afn float %v153, %v154
  %v156 = fmul nsz arcp contract afn float %v78, %v94
  %v157 = fadd nsz arcp contract afn float %v155, %v156
  %v158 = fadd nsz arcp contract afn float %v43, %v157
  %v159 = fmul nsz arcp contract afn float %v75, %v95
  %v160 = fmul nsz arcp contract afn float %v76, %v96
  %v161 = fadd nsz arcp contract afn float %v159, %v160
  %v162 = fmul nsz arcp contract afn float %v77, %v97
  %v163 = fadd nsz arcp contract afn float %v161, %v162
  %v164 = fmul nsz arcp contract afn float %v78, %v98
  %v165 = fadd nsz arcp contract afn float %v163, %v164
  %v166 = fadd nsz arcp contract afn float %v45, %v165
  %v167 = fmul nsz arcp contract afn float %v79, %v99
  %v168 = fmul nsz arcp contract afn float %v80, %v100
  %v169 = fadd nsz arcp contract afn float %v167, %v168
  %v170 = fmul nsz arcp contract afn float %v81, %v101
  %v171 = fadd nsz arcp contract afn float %v169, %v170
  %v172 = fmul nsz arcp contract afn float %v82, %v102
  %v173 = fadd nsz arcp contract afn float %v171, %v172
  %v174 = fadd nsz arcp contract afn float %v47, %v173
  %v175 = fmul nsz arcp contract afn float %v79, %v87
  %v176 = fmul nsz arcp contract afn float %v80, %v88
  %v177 = fadd nsz arcp contract afn float %v175, %v176
  %v178 = fmul nsz arcp contract afn float %v81, %v89
  %v179 = fadd nsz arcp contract afn float %v177, %v178
  %v180 = fmul nsz arcp contract afn float %v82, %v90
  %v181 = fadd nsz arcp contract afn float %v179, %v180
  %v182 = fadd nsz arcp contract afn float %v49, %v181
  %v183 = fmul nsz arcp contract afn float %v79, %v91
  %v184 = fmul nsz arcp contract afn float %v80, %v92
  %v185 = fadd nsz arcp contract afn float %v183, %v184
  %v186 = fmul nsz arcp contract afn float %v81, %v93
  %v187 = fadd nsz arcp contract afn float %v185, %v186
  %v188 = fmul nsz arcp contract afn float %v82, %v94
  %v189 = fadd nsz arcp contract afn float %v187, %v188
  %v190 = fadd nsz arcp contract afn float %v51, %v189
  %v191 = fmul nsz arcp contract afn float %v79, %v95
  %v192 = fmul nsz arcp contract afn float %v80, %v96
  %v193 = fadd nsz arcp contract afn float %v191, %v192
  %v194 = fmul nsz arcp contract afn float %v81, %v97
  %v195 = fadd nsz arcp contract afn float %v193, %v194
  %v196 = fmul nsz arcp contract afn float %v82, %v98
  %v197 = fadd nsz arcp contract afn float %v195, %v196
  %v198 = fadd nsz arcp contract afn float %v53, %v197
  store float %v110, float* %v30
  store float %v118, float* %v32
  store float %v126, float* %v34
  store float %v134, float* %v36
  store float %v142, float* %v38
  store float %v150, float* %v40
  store float %v158, float* %v42
  store float %v166, float* %v44
  store float %v174, float* %v46
  store float %v182, float* %v48
  store float %v190, float* %v50
  store float %v198, float* %v52
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v212 = getelementptr inbounds float, float* %reg_0, i32 0
  %v213 = load float, float* %v212
  %v214 = getelementptr inbounds float, float* %reg_0, i32 1
  %v215 = load float, float* %v214
  %v216 = getelementptr inbounds float, float* %reg_0, i32 2
  %v217 = load float, float* %v216
  %v218 = getelementptr inbounds float, float* %reg_0, i32 3
  %v219 = load float, float* %v218
  %v220 = getelementptr inbounds float, float* %reg_0, i32 4
  %v221 = load float, float* %v220
  %v222 = getelementptr inbounds float, float* %reg_0, i32 5
  %v223 = load float, float* %v222
  %v224 = getelementptr inbounds float, float* %reg_0, i32 6
  %v225 = load float, float* %v224
  %v226 = getelementptr inbounds float, float* %reg_0, i32 7
  %v227 = load float, float* %v226
  %v228 = getelementptr inbounds float, float* %reg_0, i32 8
  %v229 = load float, float* %v228
  %v230 = getelementptr inbounds float, float* %reg_0, i32 9
  %v231 = load float, float* %v230
  %v232 = getelementptr inbounds float, float* %reg_0, i32 10
  %v233 = load float, float* %v232
  %v234 = getelementptr inbounds float, float* %reg_0, i32 11
  %v235 = load float, float* %v234
  %v236_0 = insertelement <4 x float> poison, float %v213, i32 0
  %v236_1 = insertelement <4 x float> %v236_0, float %v215, i32 1
  %v236_2 = insertelement <4 x float> %v236_1, float %v217, i32 2
  %v236 = insertelement <4 x float> %v236_2, float %v219, i32 3
  %v237_0 = insertelement <4 x float> poison, float %v221, i32 0
  %v237_1 = insertelement <4 x float> %v237_0, float %v223, i32 1
  %v237_2 = insertelement <4 x float> %v237_1, float %v225, i32 2
  %v237 = insertelement <4 x float> %v237_2, float %v227, i32 3
  %v238_0 = insertelement <4 x float> poison, float %v229, i32 0
  %v238_1 = insertelement <4 x float> %v238_0, float %v231, i32 1
  %v238_2 = insertelement <4 x float> %v238_1, float %v233, i32 2
  %v238 = insertelement <4 x float> %v238_2, float %v235, i32 3
  %v239 = mul i32 %v0, 384
  %v240 = mul i32 %v1, 12
  %v241 = add nsw i32 %v239, %v240
  %v242 = add nsw i32 %v241, 4
  %v243 = getelementptr inbounds float, float* %data0, i32 %v242
  %v244 = add nsw i32 %v241, 8
  %v245 = getelementptr inbounds float, float* %data0, i32 %v244
  %v246 = getelementptr inbounds float, float* %data0, i32 %v241
  store <4 x float> %v237, <4 x float>* %v243
  store <4 x float> %v238, <4 x float>* %v245
  store <4 x float> %v236, <4 x float>* %v246
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }