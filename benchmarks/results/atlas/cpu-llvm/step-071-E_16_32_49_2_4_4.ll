define void @E_16_32_49_2_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i1* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, i32 %data6) #0
{

  %v1 = mul i32 %data6, 401408
  %v2 = shl i32 %data6, 6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = shl i32 %v3, 2
  %v5 = add nsw i32 %v2, %v4
  %v6 = getelementptr inbounds float, float* %data4, i32 %v5
  %v7 = load <4 x float>, <4 x float>* %v6
  %v8 = extractelement <4 x float> %v7, i32 0
  %v9 = extractelement <4 x float> %v7, i32 1
  %v10 = extractelement <4 x float> %v7, i32 2
  %v11 = extractelement <4 x float> %v7, i32 3
  %v12 = mul i32 %v3, 25088
  %v13 = add nsw i32 %v1, %v12
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v14 = phi i32 [ 0, %loop_entry_1 ], [ %v14phi, %loop_footer_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 32
  br i1 %v14cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v15 = shl i32 %v14, 2
  %v16 = getelementptr inbounds float, float* %data2, i32 %v15
  %v17 = load <4 x float>, <4 x float>* %v16
  %v18 = extractelement <4 x float> %v17, i32 0
  %v19 = extractelement <4 x float> %v17, i32 1
  %v20 = extractelement <4 x float> %v17, i32 2
  %v21 = extractelement <4 x float> %v17, i32 3
  %v22 = mul i32 %v14, 196
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v23 = phi i32 [ 0, %loop_entry_2 ], [ %v23phi, %loop_footer_2 ]
  %v23phi = add i32 %v23, 1
  %v23cmp = icmp ult i32 %v23, 49
  br i1 %v23cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v24 = add nsw i32 %v22, %v23
  %v25 = add nsw i32 %v13, %v24
  %v26 = add nsw i32 %v25, 49
  %v27 = getelementptr inbounds i1, i1* %data3, i32 %v26
  %v28 = load i1, i1* %v27
  %v29 = add nsw i32 %v25, 98
  %v30 = getelementptr inbounds i1, i1* %data3, i32 %v29
  %v31 = load i1, i1* %v30
  %v32 = add nsw i32 %v25, 147
  %v33 = getelementptr inbounds i1, i1* %data3, i32 %v32
  %v34 = load i1, i1* %v33
  %v35 = add nsw i32 %v25, 6272
  %v36 = getelementptr inbounds i1, i1* %data3, i32 %v35
  %v37 = load i1, i1* %v36
  %v38 = add nsw i32 %v25, 6321
  %v39 = getelementptr inbounds i1, i1* %data3, i32 %v38
  %v40 = load i1, i1* %v39
  %v41 = add nsw i32 %v25, 6370
  %v42 = getelementptr inbounds i1, i1* %data3, i32 %v41
  %v43 = load i1, i1* %v42
  %v44 = add nsw i32 %v25, 6419
  %v45 = getelementptr inbounds i1, i1* %data3, i32 %v44
  %v46 = load i1, i1* %v45
  %v47 = add nsw i32 %v25, 12544
  %v48 = getelementptr inbounds i1, i1* %data3, i32 %v47
  %v49 = load i1, i1* %v48
  %v50 = add nsw i32 %v25, 12593
  %v51 = getelementptr inbounds i1, i1* %data3, i32 %v50
  %v52 = load i1, i1* %v51
  %v53 = add nsw i32 %v25, 12642
  %v54 = getelementptr inbounds i1, i1* %data3, i32 %v53
  %v55 = load i1, i1* %v54
  %v56 = add nsw i32 %v25, 12691
  %v57 = getelementptr inbounds i1, i1* %data3, i32 %v56
  %v58 = load i1, i1* %v57
  %v59 = add nsw i32 %v25, 18816
  %v60 = getelementptr inbounds i1, i1* %data3, i32 %v59
  %v61 = load i1, i1* %v60
  %v62 = add nsw i32 %v25, 18865
  %v63 = getelementptr inbounds i1, i1* %data3, i32 %v62
  %v64 = load i1, i1* %v63
  %v65 = add nsw i32 %v25, 18914
  %v66 = getelementptr inbounds i1, i1* %data3, i32 %v65
  %v67 = load i1, i1* %v66
  %v68 = add nsw i32 %v25, 18963
  %v69 = getelementptr inbounds i1, i1* %data3, i32 %v68
  %v70 = load i1, i1* %v69
  %v71 = getelementptr inbounds i1, i1* %data3, i32 %v25
  %v72 = load i1, i1* %v71
  %v73 = add nsw i32 %v24, 49
  %v74 = getelementptr inbounds float, float* %data5, i32 %v73
  %v75 = load float, float* %v74
  %v76 = add nsw i32 %v24, 98
  %v77 = getelementptr inbounds float, float* %data5, i32 %v76
  %v78 = load float, float* %v77
  %v79 = add nsw i32 %v24, 147
  %v80 = getelementptr inbounds float, float* %data5, i32 %v79
  %v81 = load float, float* %v80
  %v82 = getelementptr inbounds float, float* %data5, i32 %v24
  %v83 = load float, float* %v82
  %v84 = shl i32 %v23, 7
  %v85 = add nsw i32 %v13, %v84
  %v86 = add nsw i32 %v85, %v15
  %v87 = add nsw i32 %v86, 6272
  %v88 = getelementptr inbounds float, float* %data1, i32 %v87
  %v89 = load <4 x float>, <4 x float>* %v88
  %v90 = add nsw i32 %v86, 12544
  %v91 = getelementptr inbounds float, float* %data1, i32 %v90
  %v92 = load <4 x float>, <4 x float>* %v91
  %v93 = add nsw i32 %v86, 18816
  %v94 = getelementptr inbounds float, float* %data1, i32 %v93
  %v95 = load <4 x float>, <4 x float>* %v94
  %v96 = getelementptr inbounds float, float* %data1, i32 %v86
  %v97 = load <4 x float>, <4 x float>* %v96
  %v98 = getelementptr inbounds float, float* %data0, i32 %v26
  %v99 = getelementptr inbounds float, float* %data0, i32 %v29
  %v100 = getelementptr inbounds float, float* %data0, i32 %v32
  %v101 = getelementptr inbounds float, float* %data0, i32 %v35
  %v102 = getelementptr inbounds float, float* %data0, i32 %v38
  %v103 = getelementptr inbounds float, float* %data0, i32 %v41
  %v104 = getelementptr inbounds float, float* %data0, i32 %v44
  %v105 = getelementptr inbounds float, float* %data0, i32 %v47
  %v106 = getelementptr inbounds float, float* %data0, i32 %v50
  %v107 = getelementptr inbounds float, float* %data0, i32 %v53
  %v108 = getelementptr inbounds float, float* %data0, i32 %v56
  %v109 = getelementptr inbounds float, float* %data0, i32 %v59
  %v110 = getelementptr inbounds float, float* %data0, i32 %v62
  %v111 = getelementptr inbounds float, float* %data0, i32 %v65
  %v112 = getelementptr inbounds float, float* %data0, i32 %v68
  %v113 = getelementptr inbounds float, float* %data0, i32 %v25
  %v114 = extractelement <4 x float> %v89, i32 0
  %v115 = extractelement <4 x float> %v89, i32 1
  %v116 = extractelement <4 x float> %v89, i32 2
  %v117 = extractelement <4 x float> %v89, i32 3
  %v118 = extractelement <4 x float> %v92, i32 0
  %v119 = extractelement <4 x float> %v92, i32 1
  %v120 = extractelement <4 x float> %v92, i32 2
  %v121 = extractelement <4 x float> %v92, i32 3
  %v122 = extractelement <4 x float> %v95, i32 0
  %v123 = extractelement <4 x float> %v95, i32 1
  %v124 = extractelement <4 x float> %v95, i32 2
  %v125 = extractelement <4 x float> %v95, i32 3
  %v126 = extractelement <4 x float> %v97, i32 0
  %v127 = extractelement <4 x float> %v97, i32 1
  %v128 = extractelement <4 x float> %v97, i32 2
  %v129 = extractelement <4 x float> %v97, i32 3
  %v130 = fadd nsz arcp contract afn float %v114, %v18
  %v131 = fadd nsz arcp contract afn float %v115, %v19
  %v132 = fadd nsz arcp contract afn float %v116, %v20
  %v133 = fadd nsz arcp contract afn float %v117, %v21
  %v134 = fadd nsz arcp contract afn float %v118, %v18
  %v135 = fadd nsz arcp contract afn float %v119, %v19
  %v136 = fadd nsz arcp contract afn float %v120, %v20
  %v137 = fadd nsz arcp contract afn float %v121, %v21
  %v138 = fadd nsz arcp contract afn float %v122, %v18
  %v139 = fadd nsz arcp contract afn float %v123, %v19
  %v140 = fadd nsz arcp contract afn float %v124, %v20
  %v141 = fadd nsz arcp contract afn float %v125, %v21
  %v142 = fadd nsz arcp contract afn float %v126, %v18
  %v143 = fadd nsz arcp contract afn float %v127, %v19
  %v144 = fadd nsz arcp contract afn float %v128, %v20
  %v145 = fadd nsz arcp contract afn float %v129, %v21
  %v146 = fmul nsz arcp contract afn float %v9, %v83
  %v147 = fmul nsz arcp contract afn float 1.4285714626312256, %v146
  %v148 = fcmp nsz arcp contract afn olt float %v130, 0.0
  %v149 = and i1 %v148, %v37
  %v150 = select i1 %v149, float %v147, float 0.0
  %v151 = fmul nsz arcp contract afn float 0.20000000298023224, %v150
  %v152 = select i1 %v37, float %v147, float 0.0
  %v153 = select i1 %v148, float 0.0, float %v152
  %v154 = fadd nsz arcp contract afn float %v153, %v151
  %v155 = fmul nsz arcp contract afn float %v9, %v75
  %v156 = fmul nsz arcp contract afn float 1.4285714626312256, %v155
  %v157 = fcmp nsz arcp contract afn olt float %v131, 0.0
  %v158 = and i1 %v157, %v40
  %v159 = select i1 %v158, float %v156, float 0.0
  %v160 = fmul nsz arcp contract afn float 0.20000000298023224, %v159
  %v161 = select i1 %v40, float %v156, float 0.0
  %v162 = select i1 %v157, float 0.0, float %v161
  %v163 = fadd nsz arcp contract afn float %v162, %v160
  %v164 = fmul nsz arcp contract afn float %v9, %v78
  %v165 = fmul nsz arcp contract afn float 1.4285714626312256, %v164
  %v166 = fcmp nsz arcp contract afn olt float %v132, 0.0
  %v167 = and i1 %v166, %v43
  %v168 = select i1 %v167, float %v165, float 0.0
  %v169 = fmul nsz arcp contract afn float 0.20000000298023224, %v168
  %v170 = select i1 %v43, float %v165, float 0.0
  %v171 = select i1 %v166, float 0.0, float %v170
  %v172 = fadd nsz arcp contract afn float %v171, %v169
  %v173 = fmul nsz arcp contract afn float %v9, %v81
  %v174 = fmul nsz arcp contract afn float 1.4285714626312256, %v173
  %v175 = fcmp nsz arcp contract afn olt float %v133, 0.0
  %v176 = and i1 %v175, %v46
  %v177 = select i1 %v176, float %v174, float 0.0
  %v178 = fmul nsz arcp contract afn float 0.20000000298023224, %v177
  %v179 = select i1 %v46, float %v174, float 0.0
  %v180 = select i1 %v175, float 0.0, float %v179
  %v181 = fadd nsz arcp contract afn float %v180, %v178
  %v182 = fmul nsz arcp contract afn float %v10, %v83
  %v183 = fmul nsz arcp contract afn float 1.4285714626312256, %v182
  %v184 = fcmp nsz arcp contract afn olt float %v134, 0.0
  %v185 = and i1 %v184, %v49
  %v186 = select i1 %v185, float %v183, float 0.0
  %v187 = fmul nsz arcp contract afn float 0.20000000298023224, %v186
  %v188 = select i1 %v49, float %v183, float 0.0
  %v189 = select i1 %v184, float 0.0, float %v188
  %v190 = fadd nsz arcp contract afn float %v189, %v187
  %v191 = fmul nsz arcp contract afn float %v10, %v75
  %v192 = fmul nsz arcp contract afn float 1.4285714626312256, %v191
  %v193 = fcmp nsz arcp contract afn olt float %v135, 0.0
  %v194 = and i1 %v193, %v52
  %v195 = select i1 %v194, float %v192, float 0.0
  %v196 = fmul nsz arcp contract afn float 0.20000000298023224, %v195
  %v197 = select i1 %v52, float %v192, float 0.0
  %v198 = select i1 %v193, float 0.0, float %v197
  %v199 = fadd nsz arcp contract afn float %v198, %v196
  %v200 = fmul nsz arcp contract afn float %v10, %v78
  %v201 = fmul nsz arcp contract afn float 1.4285714626312256, %v200
  %v202 = fcmp nsz arcp contract afn olt float %v136, 0.0
  %v203 = and i1 %v202, %v55
  %v204 = select i1 %v203, float %v201, float 0.0
  %v205 = fmul nsz arcp contract afn float 0.20000000298023224, %v204
  %v206 = select i1 %v55, float %v201, float 0.0
  %v207 = select i1 %v202, float 0.0, float %v206
  %v208 = fadd nsz arcp contract afn float %v207, %v205
  %v209 = fmul nsz arcp contract afn float %v10, %v81
  %v210 = fmul nsz arcp contract afn float 1.4285714626312256, %v209
  %v211 = fcmp nsz arcp contract afn olt float %v137, 0.0
  %v212 = and i1 %v211, %v58
  %v213 = select i1 %v212, float %v210, float 0.0
  %v214 = fmul nsz arcp contract afn float 0.20000000298023224, %v213
  %v215 = select i1 %v58, float %v210, float 0.0
  %v216 = select i1 %v211, float 0.0, float %v215
  %v217 = fadd nsz arcp contract afn float %v216, %v214
  %v218 = fmul nsz arcp contract afn float %v11, %v83
  %v219 = fmul nsz arcp contract afn float 1.4285714626312256, %v218
  %v220 = fcmp nsz arcp contract afn olt float %v138, 0.0
  %v221 = and i1 %v220, %v61
  %v222 = select i1 %v221, float %v219, float 0.0
  %v223 = fmul nsz arcp contract afn float 0.20000000298023224, %v222
  %v224 = select i1 %v61, float %v219, float 0.0
  %v225 = select i1 %v220, float 0.0, float %v224
  %v226 = fadd nsz arcp contract afn float %v225, %v223
  %v227 = fmul nsz arcp contract afn float %v11, %v75
  %v228 = fmul nsz arcp contract afn float 1.4285714626312256, %v227
  %v229 = fcmp nsz arcp contract afn olt float %v139, 0.0
  %v230 = and i1 %v229, %v64
  %v231 = select i1 %v230, float %v228, float 0.0
  %v232 = fmul nsz arcp contract afn float 0.20000000298023224, %v231
  %v233 = select i1 %v64, float %v228, float 0.0
  %v234 = select i1 %v229, float 0.0, float %v233
  %v235 = fadd nsz arcp contract afn float %v234, %v232
  %v236 = fmul nsz arcp contract afn float %v11, %v78
  %v237 = fmul nsz arcp contract afn float 1.4285714626312256, %v236
  %v238 = fcmp nsz arcp contract afn olt float %v140, 0.0
  %v239 = and i1 %v238, %v67
  %v240 = select i1 %v239, float %v237, float 0.0
  %v241 = fmul nsz arcp contract afn float 0.20000000298023224, %v240
  %v242 = select i1 %v67, float %v237, float 0.0
  %v243 = select i1 %v238, float 0.0, float %v242
  %v244 = fadd nsz arcp contract afn float %v243, %v241
  %v245 = fmul nsz arcp contract afn float %v11, %v81
  %v246 = fmul nsz arcp contract afn float 1.4285714626312256, %v245
  %v247 = fcmp nsz arcp contract afn olt float %v141, 0.0
  %v248 = and i1 %v247, %v70
  %v249 = select i1 %v248, float %v246, float 0.0
  %v250 = fmul nsz arcp contract afn float 0.20000000298023224, %v249
  %v251 = select i1 %v70, float %v246, float 0.0
  %v252 = select i1 %v247, float 0.0, float %v251
  %v253 = fadd nsz arcp contract afn float %v252, %v250
  %v254 = fmul nsz arcp contract afn float %v8, %v83
  %v255 = fmul nsz arcp contract afn float 1.4285714626312256, %v254
  %v256 = fcmp nsz arcp contract afn olt float %v142, 0.0
  %v257 = and i1 %v256, %v72
  %v258 = select i1 %v257, float %v255, float 0.0
  %v259 = fmul nsz arcp contract afn float 0.20000000298023224, %v258
  %v260 = select i1 %v72, float %v255, float 0.0
  %v261 = select i1 %v256, float 0.0, float %v260
  %v262 = fadd nsz arcp contract afn float %v261, %v259
  %v263 = fmul nsz arcp contract afn float %v8, %v75
  %v264 = fmul nsz arcp contract afn float 1.4285714626312256, %v263
  %v265 = fcmp nsz arcp contract afn olt float %v143, 0.0
  %v266 = and i1 %v265, %v28
  %v267 = select i1 %v266, float %v264, float 0.0
  %v268 = fmul nsz arcp contract afn float 0.20000000298023224, %v267
  %v269 = select i1 %v28, float %v264, float 0.0
  %v270 = select i1 %v265, float 0.0, float %v269
  %v271 = fadd nsz arcp contract afn float %v270, %v268
  %v272 = fmul nsz arcp contract afn float %v8, %v78
  %v273 = fmul nsz arcp contract afn float 1.4285714626312256, %v272
  %v274 = fcmp nsz arcp contract afn olt float %v144, 0.0
  %v275 = and i1 %v274, %v31
  %v276 = select i1 %v275, float %v273, float 0.0
  %v277 = fmul nsz arcp contract afn float 0.20000000298023224, %v276
  %v278 = select i1 %v31, float %v273, float 0.0
  %v279 = select i1 %v274, float 0.0, float %v278
  %v280 = fadd nsz arcp contract afn float %v279, %v277
  %v281 = fmul nsz arcp contract afn float %v8, %v81
  %v282 = fmul nsz arcp contract afn float 1.4285714626312256, %v281
  %v283 = fcmp nsz arcp contract afn olt float %v145, 0.0
  %v284 = and i1 %v283, %v34
  %v285 = select i1 %v284, float %v282, float 0.0
  %v286 = fmul nsz arcp contract afn float 0.20000000298023224, %v285
  %v287 = select i1 %v34, float %v282, float 0.0
  %v288 = select i1 %v283, float 0.0, float %v287
  %v289 = fadd nsz arcp contract afn float %v288, %v286
  store float %v271, float* %v98
  store float %v280, float* %v99
  store float %v289, float* %v100
  store float %v154, float* %v101
  store float %v163, float* %v102
  store float %v172, float* %v103
  store float %v181, float* %v104
  store float %v190, float* %v105
  store float %v199, float* %v106
  store float %v208, float* %v107
  store float %v217, float* %v108
  store float %v226, float* %v109
  store float %v235, float* %v110
  store float %v244, float* %v111
  store float %v253, float* %v112
  store float %v262, float* %v113
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