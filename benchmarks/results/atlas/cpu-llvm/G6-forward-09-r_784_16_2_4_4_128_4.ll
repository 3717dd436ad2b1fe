define void @r_784_16_2_4_4_128_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [16 x float]
  %v1 = mul i32 %data3, 200704
  %v2 = mul i32 %data3, 1605632
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 784
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = shl i32 %v3, 8
  %v5 = add nsw i32 %v1, %v4
  %v6 = shl i32 %v3, 11
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v8 = phi i32 [ 0, %loop_entry_2 ], [ %v8phi, %loop_footer_2 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 16
  br i1 %v8cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v9 = getelementptr inbounds float, float* %reg_0, i32 0
  %v10 = getelementptr inbounds float, float* %reg_0, i32 1
  %v11 = getelementptr inbounds float, float* %reg_0, i32 2
  %v12 = getelementptr inbounds float, float* %reg_0, i32 3
  %v13 = getelementptr inbounds float, float* %reg_0, i32 4
  %v14 = getelementptr inbounds float, float* %reg_0, i32 5
  %v15 = getelementptr inbounds float, float* %reg_0, i32 6
  %v16 = getelementptr inbounds float, float* %reg_0, i32 7
  %v17 = getelementptr inbounds float, float* %reg_0, i32 8
  %v18 = getelementptr inbounds float, float* %reg_0, i32 9
  %v19 = getelementptr inbounds float, float* %reg_0, i32 10
  %v20 = getelementptr inbounds float, float* %reg_0, i32 11
  %v21 = getelementptr inbounds float, float* %reg_0, i32 12
  %v22 = getelementptr inbounds float, float* %reg_0, i32 13
  %v23 = getelementptr inbounds float, float* %reg_0, i32 14
  %v24 = getelementptr inbounds float, float* %reg_0, i32 15
  %v25 = shl i32 %v8, 11
  store float 0.0, float* %v9
  store float 0.0, float* %v10
  store float 0.0, float* %v11
  store float 0.0, float* %v12
  store float 0.0, float* %v13
  store float 0.0, float* %v14
  store float 0.0, float* %v15
  store float 0.0, float* %v16
  store float 0.0, float* %v17
  store float 0.0, float* %v18
  store float 0.0, float* %v19
  store float 0.0, float* %v20
  store float 0.0, float* %v21
  store float 0.0, float* %v22
  store float 0.0, float* %v23
  store float 0.0, float* %v24
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v42 = phi i32 [ 0, %loop_entry_0 ], [ %v42phi, %loop_footer_0 ]
  %v42phi = add i32 %v42, 1
  %v42cmp = icmp ult i32 %v42, 128
  br i1 %v42cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v43 = getelementptr inbounds float, float* %reg_0, i32 0
  %v44 = load float, float* %v43
  %v45 = getelementptr inbounds float, float* %reg_0, i32 1
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %reg_0, i32 2
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %reg_0, i32 3
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %reg_0, i32 4
  %v52 = load float, float* %v51
  %v53 = getelementptr inbounds float, float* %reg_0, i32 5
  %v54 = load float, float* %v53
  %v55 = getelementptr inbounds float, float* %reg_0, i32 6
  %v56 = load float, float* %v55
  %v57 = getelementptr inbounds float, float* %reg_0, i32 7
  %v58 = load float, float* %v57
  %v59 = getelementptr inbounds float, float* %reg_0, i32 8
  %v60 = load float, float* %v59
  %v61 = getelementptr inbounds float, float* %reg_0, i32 9
  %v62 = load float, float* %v61
  %v63 = getelementptr inbounds float, float* %reg_0, i32 10
  %v64 = load float, float* %v63
  %v65 = getelementptr inbounds float, float* %reg_0, i32 11
  %v66 = load float, float* %v65
  %v67 = getelementptr inbounds float, float* %reg_0, i32 12
  %v68 = load float, float* %v67
  %v69 = getelementptr inbounds float, float* %reg_0, i32 13
  %v70 = load float, float* %v69
  %v71 = getelementptr inbounds float, float* %reg_0, i32 14
  %v72 = load float, float* %v71
  %v73 = getelementptr inbounds float, float* %reg_0, i32 15
  %v74 = load float, float* %v73
  %v75 = shl i32 %v42, 2
  %v76 = add nsw i32 %v7, %v75
  %v77 = add nsw i32 %v76, 512
  %v78 = getelementptr inbounds float, float* %data1, i32 %v77
  %v79 = load <4 x float>, <4 x float>* %v78
  %v80 = add nsw i32 %v76, 1024
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  %v82 = load <4 x float>, <4 x float>* %v81
  %v83 = add nsw i32 %v76, 1536
  %v84 = getelementptr inbounds float, float* %data1, i32 %v83
  %v85 = load <4 x float>, <4 x float>* %v84
  %v86 = getelementptr inbounds float, float* %data1, i32 %v76
  %v87 = load <4 x float>, <4 x float>* %v86
  %v88 = add nsw i32 %v75, %v25
  %v89 = add nsw i32 %v88, 512
  %v90 = getelementptr inbounds float, float* %data2, i32 %v89
  %v91 = load <4 x float>, <4 x float>* %v90
  %v92 = add nsw i32 %v88, 1024
  %v93 = getelementptr inbounds float, float* %data2, i32 %v92
  %v94 = load <4 x float>, <4 x float>* %v93
  %v95 = add nsw i32 %v88, 1536
  %v96 = getelementptr inbounds float, float* %data2, i32 %v95
  %v97 = load <4 x float>, <4 x float>* %v96
  %v98 = getelementptr inbounds float, float* %data2, i32 %v88
  %v99 = load <4 x float>, <4 x float>* %v98
  %v100 = extractelement <4 x float> %v79, i32 0
  %v101 = extractelement <4 x float> %v79, i32 1
  %v102 = extractelement <4 x float> %v79, i32 2
  %v103 = extractelement <4 x float> %v79, i32 3
  %v104 = extractelement <4 x float> %v82, i32 0
  %v105 = extractelement <4 x float> %v82, i32 1
  %v106 = extractelement <4 x float> %v82, i32 2
  %v107 = extractelement <4 x float> %v82, i32 3
  %v108 = extractelement <4 x float> %v85, i32 0
  %v109 = extractelement <4 x float> %v85, i32 1
  %v110 = extractelement <4 x float> %v85, i32 2
  %v111 = extractelement <4 x float> %v85, i32 3
  %v112 = extractelement <4 x float> %v87, i32 0
  %v113 = extractelement <4 x float> %v87, i32 1
  %v114 = extractelement <4 x float> %v87, i32 2
  %v115 = extractelement <4 x float> %v87, i32 3
  %v116 = extractelement <4 x float> %v91, i32 0
  %v117 = extractelement <4 x float> %v91, i32 1
  %v118 = extractelement <4 x float> %v91, i32 2
  %v119 = extractelement <4 x float> %v91, i32 3
  %v120 = extractelement <4 x float> %v94, i32 0
  %v121 = extractelement <4 x float> %v94, i32 1
  %v122 = extractelement <4 x float> %v94, i32 2
  %v123 = extractelement <4 x float> %v94, i32 3
  %v124 = extractelement <4 x float> %v97, i32 0
  %v125 = extractelement <4 x float> %v97, i32 1
  %v126 = extractelement <4 x float> %v97, i32 2
  %v127 = extractelement <4 x float> %v97, i32 3
  %v128 = extractelement <4 x float> %v99, i32 0
  %v129 = extractelement <4 x float> %v99, i32 1
  %v130 = extractelement <4 x float> %v99, i32 2
  %v131 = extractelement <4 x float> %v99, i32 3
  %v132 = fmul nsz arcp contract afn float %v112, %v128
  %v133 = fmul nsz arcp contract afn float %v113, %v129
  %v134 = fadd nsz arcp contract afn float %v132, %v133
  %v135 = fmul nsz arcp contract afn float %v114, %v130
  %v136 = fadd nsz arcp contract afn float %v134, %v135
  %v137 = fmul nsz arcp contract afn float %v115, %v131
  %v138 = fadd nsz arcp contract afn float %v136, %v137
  %v139 = fadd nsz arcp contract afn float %v44, %v138
  %v140 = fmul nsz arcp contract afn float %v112, %v116
  %v141 = fmul nsz arcp contract afn float %v113, %v117
  %v142 = fadd nsz arcp contract afn float %v140, %v141
  %v143 = fmul nsz arcp contract afn float %v114, %v118
  %v144 = fadd nsz arcp contract afn float %v142, %v143
  %v145 = fmul nsz arcp contract afn float %v115, %v119
  %v146 = fadd nsz arcp contract afn float %v144, %v145
  %v147 = fadd nsz arcp contract afn float %v46, %v146
  %v148 = fmul nsz arcp contract afn float %v112, %v120
  %v149 = fmul nsz arcp contract afn float %v113, %v121
  %v150 = fadd nsz arcp contract afn float %v148, %v149
  %v151 = fmul nsz arcp contract afn float %v114, %v122
  %v152 = fadd nsz arcp contract afn float %v150, %v151
  %v153 = fmul nsz arcp contract afn float %v115, %v123
  %v154 = fadd nsz arcp contract afn float %v152, %v153
  %v155 = fadd nsz arcp contract afn float %v48, %v154
  %v156 = fmul nsz arcp contract afn float %v112, %v124
  %v157 = fmul nsz arcp contract afn float %v113, %v125
  %v158 = fadd nsz arcp contract afn float %v156, %v157
  %v159 = fmul nsz arcp contract afn float %v114, %v126
  %v160 = fadd nsz arcp contract afn float %v158, %v159
  %v161 = fmul nsz arcp contract afn float %v115, %v127
  %v162 = fadd nsz arcp contract afn float %v160, %v161
  %v163 = fadd nsz arcp contract afn float %v50, %v162
  %v164 = fmul nsz arcp contract afn float %v100, %v128
  %v165 = fmul nsz arcp contract afn float %v101, %v129
  %v166 = fadd nsz arcp contract afn float %v164, %v165
  %v167 = fmul nsz arcp contract afn float %v102, %v130
  %v168 = fadd nsz arcp contract afn float %v166, %v167
  %v169 = fmul nsz arcp contract afn float %v103, %v131
  %v170 = fadd nsz arcp contract afn float %v168, %v169
  %v171 = fadd nsz arcp contract afn float %v52, %v170
  %v172 = fmul nsz arcp contract afn float %v100, %v116
  %v173 = fmul nsz arcp contract afn float %v101, %v117
  %v174 = fadd nsz arcp contract afn float %v172, %v173
  %v175 = fmul nsz arcp contract afn float %v102, %v118
  %v176 = fadd nsz arcp contract afn float %v174, %v175
  %v177 = fmul nsz arcp contract afn float %v103, %v119
  %v178 = fadd nsz arcp contract afn float %v176, %v177
  %v179 = fadd nsz arcp contract afn float %v54, %v178
  %v180 = fmul nsz arcp contract afn float %v100, %v120
  %v181 = fmul nsz arcp contract afn float %v101, %v121
  %v182 = fadd nsz arcp contract afn float %v180, %v181
  %v183 = fmul nsz arcp contract afn float %v102, %v122
  %v184 = fadd nsz arcp contract afn float %v182, %v183
  %v185 = fmul nsz arcp contract afn float %v103, %v123
  %v186 = fadd nsz arcp contract afn float %v184, %v185
  %v187 = fadd nsz arcp contract afn float %v56, %v186
  %v188 = fmul nsz arcp contract afn float %v100, %v124
  %v189 = fmul nsz arcp contract afn float %v101, %v125
  %v190 = fadd nsz arcp contract afn float %v188, %v189
  %v191 = fmul nsz arcp contract afn float %v102, %v126
  %v192 = fadd nsz arcp contract afn float %v190, %v191
  %v193 = fmul nsz arcp contract afn float %v103, %v127
  %v194 = fadd nsz arcp contract afn float %v192, %v193
  %v195 = fadd nsz arcp contract afn float %v58, %v194
  %v196 = fmul nsz arcp contract afn float %v104, %v128
  %v197 = fmul nsz arcp contract afn float %v105, %v129
  %v198 = fadd nsz arcp contract afn float %v196, %v197
  %v199 = fmul nsz arcp contract afn float %v106, %v130
  %v200 = fadd nsz arcp contract afn float %v198, %v199
  %v201 = fmul nsz arcp contract afn float %v107, %v131
  %v202 = fadd nsz arcp contract afn float %v200, %v201
  %v203 = fadd nsz arcp contract afn float %v60, %v202
  %v204 = fmul nsz arcp contract afn float %v104, %v116
  %v205 = fmul nsz arcp contract afn float %v105, %v117
  %v206 = fadd nsz arcp contract afn float %v204, %v205
  %v207 = fmul nsz arcp contract afn float %v106, %v118
  %v208 = fadd nsz arcp contract afn float %v206, %v207
  %v209 = fmul nsz arcp contract afn float %v107, %v119
  %v210 = fadd nsz arcp contract afn float %v208, %v209
  %v211 = fadd nsz arcp contract afn float %v62, %v210
  %v212 = fmul nsz arcp contract afn float %v104, %v120
  %v213 = fmul nsz arcp contract afn float %v105, %v121
  %v214 = fadd nsz arcp contract afn float %v212, %v213
  %v215 = fmul nsz arcp contract afn float %v106, %v122
  %v216 = fadd nsz arcp contract afn float %v214, %v215
  %v217 = fmul nsz arcp contract afn float %v107, %v123
  %v218 = fadd nsz arcp contract afn float %v216, %v217
  %v219 = fadd nsz arcp contract afn float %v64, %v218
  %v220 = fmul nsz arcp contract afn float %v104, %v124
  %v221 = fmul nsz arcp contract afn float %v105, %v125
  %v222 = fadd nsz arcp contract afn float %v220, %v221
  %v223 = fmul nsz arcp contract afn float %v106, %v126
  %v224 = fadd nsz arcp contract afn float %v222, %v223
  %v225 = fmul nsz arcp contract afn float %v107, %v127
  %v226 = fadd nsz arcp contract afn float %v224, %v225
  %v227 = fadd nsz arcp contract afn float %v66, %v226
  %v228 = fmul nsz arcp contract afn float %v108, %v128
  %v229 = fmul nsz arcp contract afn float %v109, %v129
  %v230 = fadd nsz arcp contract afn float %v228, %v229
  %v231 = fmul nsz arcp contract afn float %v110, %v130
  %v232 = fadd nsz arcp contract afn float %v230, %v231
  %v233 = fmul nsz arcp contract afn float %v111, %v131
  %v234 = fadd nsz arcp contract afn float %v232, %v233
  %v235 = fadd nsz arcp contract afn float %v68, %v234
  %v236 = fmul nsz arcp contract afn float %v108, %v116
  %v237 = fmul nsz arcp contract afn float %v109, %v117
  %v238 = fadd nsz arcp contract afn float %v236, %v237
  %v239 = fmul nsz arcp contract afn float %v110, %v118
  %v240 = fadd nsz arcp contract afn float %v238, %v239
  %v241 = fmul nsz arcp contract afn float %v111, %v119
  %v242 = fadd nsz arcp contract afn float %v240, %v241
  %v243 = fadd nsz arcp contract afn float %v70, %v242
  %v244 = fmul nsz arcp contract afn float %v108, %v120
  %v245 = fmul nsz arcp contract afn float %v109, %v121
  %v246 = fadd nsz arcp contract afn float %v244, %v245
  %v247 = fmul nsz arcp contract afn float %v110, %v122
  %v248 = fadd nsz arcp contract afn float %v246, %v247
  %v249 = fmul nsz arcp contract afn float %v111, %v123
  %v250 = fadd nsz arcp contract afn float %v248, %v249
  %v251 = fadd nsz arcp contract afn float %v72, %v250
  %v252 = fmul nsz arcp contract afn float %v108, %v124
  %v253 = fmul nsz arcp contract afn float %v109, %v125
  %v254 = fadd nsz arcp contract afn float %v252, %v253
  %v255 = fmul nsz arcp contract afn float %v110, %v126
  %v256 = fadd nsz arcp contract afn float %v254, %v255
  %v257 = fmul nsz arcp contract afn float %v111, %v127
  %v258 = fadd nsz arcp contract afn float %v256, %v257
  %v259 = fadd nsz arcp contract afn float %v74, %v258
  store float %v139, float* %v43
  store float %v147, float* %v45
  store float %v155, float* %v47
  store float %v163, float* %v49
  store float %v171, float* %v51
  store float %v179, float* %v53
  store float %v187, float* %v55
  store float %v195, float* %v57
  store float %v203, float* %v59
  store float %v211, float* %v61
  store float %v219, float* %v63
  store float %v227, float* %v65
  store float %v235, float* %v67
  store float %v243, float* %v69
  store float %v251, float* %v71
  store float %v259, float* %v73
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v277 = getelementptr inbounds float, float* %reg_0, i32 0
  %v278 = load float, float* %v277
  %v279 = getelementptr inbounds float, float* %reg_0, i32 1
  %v280 = load float, float* %v279
  %v281 = getelementptr inbounds float, float* %reg_0, i32 2
  %v282 = load float, float* %v281
  %v283 = getelementptr inbounds float, float* %reg_0, i32 3
  %v284 = load float, float* %v283
  %v285 = getelementptr inbounds float, float* %reg_0, i32 4
  %v286 = load float, float* %v285
  %v287 = getelementptr inbounds float, float* %reg_0, i32 5
  %v288 = load float, float* %v287
  %v289 = getelementptr inbounds float, float* %reg_0, i32 6
  %v290 = load float, float* %v289
  %v291 = getelementptr inbounds float, float* %reg_0, i32 7
  %v292 = load float, float* %v291
  %v293 = getelementptr inbounds float, float* %reg_0, i32 8
  %v294 = load float, float* %v293
  %v295 = getelementptr inbounds float, float* %reg_0, i32 9
  %v296 = load float, float* %v295
  %v297 = getelementptr inbounds float, float* %reg_0, i32 10
  %v298 = load float, float* %v297
  %v299 = getelementptr inbounds float, float* %reg_0, i32 11
  %v300 = load float, float* %v299
  %v301 = getelementptr inbounds float, float* %reg_0, i32 12
  %v302 = load float, float* %v301
  %v303 = getelementptr inbounds float, float* %reg_0, i32 13
  %v304 = load float, float* %v303
  %v305 = getelementptr inbounds float, float* %reg_0, i32 14
  %v306 = load float, float* %v305
  %v307 = getelementptr inbounds float, float* %reg_0, i32 15
  %v308 = load float, float* %v307
  %v309_0 = insertelement <4 x float> poison, float %v278, i32 0
  %v309_1 = insertelement <4 x float> %v309_0, float %v280, i32 1
  %v309_2 = insertelement <4 x float> %v309_1, float %v282, i32 2
  %v309 = insertelement <4 x float> %v309_2, float %v284, i32 3
  %v310_0 = insertelement <4 x float> poison, float %v286, i32 0
  %v310_1 = insertelement <4 x float> %v310_0, float %v288, i32 1
  %v310_2 = insertelement <4 x float> %v310_1, float %v290, i32 2
  %v310 = insertelement <4 x float> %v310_2, float %v292, i32 3
  %v311_0 = insertelement <4 x float> poison, float %v294, i32 0
  %v311_1 = insertelement <4 x float> %v311_0, float %v296, i32 1
  %v311_2 = insertelement <4 x float> %v311_1, float %v298, i32 2
  %v311 = insertelement <4 x float> %v311_2, float %v300, i32 3
  %v312_0 = insertelement <4 x float> poison, float %v302, i32 0
  %v312_1 = insertelement <4 x float> %v312_0, float %v304, i32 1
  %v312_2 = insertelement <4 x float> %v312_1, float %v306, i32 2
  %v312 = insertelement <4 x float> %v312_2, float %v308, i32 3
  %v313 = shl i32 %v8, 2
  %v314 = add nsw i32 %v5, %v313
  %v315 = add nsw i32 %v314, 64
  %v316 = getelementptr inbounds float, float* %data0, i32 %v315
  %v317 = add nsw i32 %v314, 128
  %v318 = getelementptr inbounds float, float* %data0, i32 %v317
  %v319 = add nsw i32 %v314, 192
  %v320 = getelementptr inbounds float, float* %data0, i32 %v319
  %v321 = getelementptr inbounds float, float* %data0, i32 %v314
  store <4 x float> %v310, <4 x float>* %v316
  store <4 x float> %v311, <4 x float>* %v318
  store <4 x float> %v312, <4 x float>* %v320
  store <4 x float> %v309, <4 x float>* %v321
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }