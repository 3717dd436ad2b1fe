define void @E_16_16_14_14_2_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i1* noalias align 32 %data3, float* noalias align 32 %data4, i32 %data5) #0
{

  %v1 = mul i32 %data5, 802816
  %v2 = shl i32 %data5, 20
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 50176
  %v5 = add nsw i32 %v1, %v4
  %v6 = shl i32 %v3, 16
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v8 = phi i32 [ 0, %loop_entry_1 ], [ %v8phi, %loop_footer_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 16
  br i1 %v8cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v9 = shl i32 %v8, 2
  %v10 = getelementptr inbounds float, float* %data2, i32 %v9
  %v11 = load <4 x float>, <4 x float>* %v10
  %v12 = extractelement <4 x float> %v11, i32 0
  %v13 = extractelement <4 x float> %v11, i32 1
  %v14 = extractelement <4 x float> %v11, i32 2
  %v15 = extractelement <4 x float> %v11, i32 3
  %v16 = mul i32 %v8, 784
  %v17 = shl i32 %v8, 4
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v18 = phi i32 [ 0, %loop_entry_2 ], [ %v18phi, %loop_footer_2 ]
  %v18phi = add i32 %v18, 1
  %v18cmp = icmp ult i32 %v18, 14
  br i1 %v18cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v19 = add nsw i32 %v18, 1
  %v20 = mul i32 %v18, 14
  %v21 = mul i32 %v18, 896
  %v22 = ashr i32 %v19, 1
  %v23 = shl i32 %v22, 11
  %v24 = and i32 %v19, 1
  %v25 = shl i32 %v24, 1
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v26 = phi i32 [ 0, %loop_entry_3 ], [ %v26phi, %loop_footer_3 ]
  %v26phi = add i32 %v26, 1
  %v26cmp = icmp ult i32 %v26, 14
  br i1 %v26cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v27 = add nsw i32 %v20, %v26
  %v28 = add nsw i32 %v27, %v16
  %v29 = add nsw i32 %v28, %v5
  %v30 = add nsw i32 %v29, 196
  %v31 = getelementptr inbounds i1, i1* %data3, i32 %v30
  %v32 = load i1, i1* %v31
  %v33 = add nsw i32 %v29, 392
  %v34 = getelementptr inbounds i1, i1* %data3, i32 %v33
  %v35 = load i1, i1* %v34
  %v36 = add nsw i32 %v29, 588
  %v37 = getelementptr inbounds i1, i1* %data3, i32 %v36
  %v38 = load i1, i1* %v37
  %v39 = add nsw i32 %v29, 12544
  %v40 = getelementptr inbounds i1, i1* %data3, i32 %v39
  %v41 = load i1, i1* %v40
  %v42 = add nsw i32 %v29, 12740
  %v43 = getelementptr inbounds i1, i1* %data3, i32 %v42
  %v44 = load i1, i1* %v43
  %v45 = add nsw i32 %v29, 12936
  %v46 = getelementptr inbounds i1, i1* %data3, i32 %v45
  %v47 = load i1, i1* %v46
  %v48 = add nsw i32 %v29, 13132
  %v49 = getelementptr inbounds i1, i1* %data3, i32 %v48
  %v50 = load i1, i1* %v49
  %v51 = add nsw i32 %v29, 25088
  %v52 = getelementptr inbounds i1, i1* %data3, i32 %v51
  %v53 = load i1, i1* %v52
  %v54 = add nsw i32 %v29, 25284
  %v55 = getelementptr inbounds i1, i1* %data3, i32 %v54
  %v56 = load i1, i1* %v55
  %v57 = add nsw i32 %v29, 25480
  %v58 = getelementptr inbounds i1, i1* %data3, i32 %v57
  %v59 = load i1, i1* %v58
  %v60 = add nsw i32 %v29, 25676
  %v61 = getelementptr inbounds i1, i1* %data3, i32 %v60
  %v62 = load i1, i1* %v61
  %v63 = add nsw i32 %v29, 37632
  %v64 = getelementptr inbounds i1, i1* %data3, i32 %v63
  %v65 = load i1, i1* %v64
  %v66 = add nsw i32 %v29, 37828
  %v67 = getelementptr inbounds i1, i1* %data3, i32 %v66
  %v68 = load i1, i1* %v67
  %v69 = add nsw i32 %v29, 38024
  %v70 = getelementptr inbounds i1, i1* %data3, i32 %v69
  %v71 = load i1, i1* %v70
  %v72 = add nsw i32 %v29, 38220
  %v73 = getelementptr inbounds i1, i1* %data3, i32 %v72
  %v74 = load i1, i1* %v73
  %v75 = getelementptr inbounds i1, i1* %data3, i32 %v29
  %v76 = load i1, i1* %v75
  %v77 = add nsw i32 %v26, 1
  %v78 = and i32 %v77, 1
  %v79 = add nsw i32 %v25, %v78
  %v80 = add nsw i32 %v79, %v17
  %v81 = ashr i32 %v77, 1
  %v82 = shl i32 %v81, 8
  %v83 = add nsw i32 %v80, %v82
  %v84 = add nsw i32 %v83, %v23
  %v85 = add nsw i32 %v84, %v7
  %v86 = add nsw i32 %v85, 4
  %v87 = getelementptr inbounds float, float* %data4, i32 %v86
  %v88 = load float, float* %v87
  %v89 = add nsw i32 %v85, 8
  %v90 = getelementptr inbounds float, float* %data4, i32 %v89
  %v91 = load float, float* %v90
  %v92 = add nsw i32 %v85, 12
  %v93 = getelementptr inbounds float, float* %data4, i32 %v92
  %v94 = load float, float* %v93
  %v95 = add nsw i32 %v85, 16384
  %v96 = getelementptr inbounds float, float* %data4, i32 %v95
  %v97 = load float, float* %v96
  %v98 = add nsw i32 %v85, 16388
  %v99 = getelementptr inbounds float, float* %data4, i32 %v98
  %v100 = load float, float* %v99
  %v101 = add nsw i32 %v85, 16392
  %v102 = getelementptr inbounds float, float* %data4, i32 %v101
  %v103 = load float, float* %v102
  %v104 = add nsw i32 %v85, 16396
  %v105 = getelementptr inbounds float, float* %data4, i32 %v104
  %v106 = load float, float* %v105
  %v107 = add nsw i32 %v85, 32768
  %v108 = getelementptr inbounds float, float* %data4, i32 %v107
  %v109 = load float, float* %v108
  %v110 = add nsw i32 %v85, 32772
  %v111 = getelementptr inbounds float, float* %data4, i32 %v110
  %v112 = load float, float* %v111
  %v113 = add nsw i32 %v85, 32776
  %v114 = getelementptr inbounds float, float* %data4, i32 %v113
  %v115 = load float, float* %v114
  %v116 = add nsw i32 %v85, 32780
  %v117 = getelementptr inbounds float, float* %data4, i32 %v116
  %v118 = load float, float* %v117
  %v119 = add nsw i32 %v85, 49152
  %v120 = getelementptr inbounds float, float* %data4, i32 %v119
  %v121 = load float, float* %v120
  %v122 = add nsw i32 %v85, 49156
  %v123 = getelementptr inbounds float, float* %data4, i32 %v122
  %v124 = load float, float* %v123
  %v125 = add nsw i32 %v85, 49160
  %v126 = getelementptr inbounds float, float* %data4, i32 %v125
  %v127 = load float, float* %v126
  %v128 = add nsw i32 %v85, 49164
  %v129 = getelementptr inbounds float, float* %data4, i32 %v128
  %v130 = load float, float* %v129
  %v131 = getelementptr inbounds float, float* %data4, i32 %v85
  %v132 = load float, float* %v131
  %v133 = shl i32 %v26, 6
  %v134 = add nsw i32 %v21, %v133
  %v135 = add nsw i32 %v5, %v134
  %v136 = add nsw i32 %v135, %v9
  %v137 = add nsw i32 %v136, 12544
  %v138 = getelementptr inbounds float, float* %data1, i32 %v137
  %v139 = load <4 x float>, <4 x float>* %v138
  %v140 = add nsw i32 %v136, 25088
  %v141 = getelementptr inbounds float, float* %data1, i32 %v140
  %v142 = load <4 x float>, <4 x float>* %v141
  %v143 = add nsw i32 %v136, 37632
  %v144 = getelementptr inbounds float, float* %data1, i32 %v143
  %v145 = load <4 x float>, <4 x float>* %v144
  %v146 = getelementptr inbounds float, float* %data1, i32 %v136
  %v147 = load <4 x float>, <4 x float>* %v146
  %v148 = getelementptr inbounds float, float* %data0, i32 %v30
  %v149 = getelementptr inbounds float, float* %data0, i32 %v33
  %v150 = getelementptr inbounds float, float* %data0, i32 %v36
  %v151 = getelementptr inbounds float, float* %data0, i32 %v39
  %v152 = getelementptr inbounds float, float* %data0, i32 %v42
  %v153 = getelementptr inbounds float, float* %data0, i32 %v45
  %v154 = getelementptr inbounds float, float* %data0, i32 %v48
  %v155 = getelementptr inbounds float, float* %data0, i32 %v51
  %v156 = getelementptr inbounds float, float* %data0, i32 %v54
  %v157 = getelementptr inbounds float, float* %data0, i32 %v57
  %v158 = getelementptr inbounds float, float* %data0, i32 %v60
  %v159 = getelementptr inbounds float, float* %data0, i32 %v63
  %v160 = getelementptr inbounds float, float* %data0, i32 %v66
  %v161 = getelementptr inbounds float, float* %data0, i32 %v69
  %v162 = getelementptr inbounds float, float* %data0, i32 %v72
  %v163 = getelementptr inbounds float, float* %data0, i32 %v29
  %v164 = extractelement <4 x float> %v139, i32 0
  %v165 = extractelement <4 x float> %v139, i32 1
  %v166 = extractelement <4 x float> %v139, i32 2
  %v167 = extractelement <4 x float> %v139, i32 3
  %v168 = extractelement <4 x float> %v142, i32 0
  %v169 = extractelement <4 x float> %v142, i32 1
  %v170 = extractelement <4 x float> %v142, i32 2
  %v171 = extractelement <4 x float> %v142, i32 3
  %v172 = extractelement <4 x float> %v145, i32 0
  %v173 = extractelement <4 x float> %v145, i32 1
  %v174 = extractelement <4 x float> %v145, i32 2
  %v175 = extractelement <4 x float> %v145, i32 3
  %v176 = extractelement <4 x float> %v147, i32 0
  %v177 = extractelement <4 x float> %v147, i32 1
  %v178 = extractelement <4 x float> %v147, i32 2
  %v179 = extractelement <4 x float> %v147, i32 3
  %v180 = fadd nsz arcp contract afn float %v164, %v12
  %v181 = fadd nsz arcp contract afn float %v165, %v13
  %v182 = fadd nsz arcp contract afn float %v166, %v14
  %v183 = fadd nsz arcp contract afn float %v167, %v15
  %v184 = fadd nsz arcp contract afn float %v168, %v12
  %v185 = fadd nsz arcp contract afn float %v169, %v13
  %v186 = fadd nsz arcp contract afn float %v170, %v14
  %v187 = fadd nsz arcp contract afn float %v171, %v15
  %v188 = fadd nsz arcp contract afn float %v172, %v12
  %v189 = fadd nsz arcp contract afn float %v173, %v13
  %v190 = fadd nsz arcp contract afn float %v174, %v14
  %v191 = fadd nsz arcp contract afn float %v175, %v15
  %v192 = fadd nsz arcp contract afn float %v176, %v12
  %v193 = fadd nsz arcp contract afn float %v177, %v13
  %v194 = fadd nsz arcp contract afn float %v178, %v14
  %v195 = fadd nsz arcp contract afn float %v179, %v15
  %v196 = fmul nsz arcp contract afn float 1.4285714626312256, %v97
  %v197 = fcmp nsz arcp contract afn olt float %v180, 0.0
  %v198 = and i1 %v197, %v41
  %v199 = select i1 %v198, float %v196, float 0.0
  %v200 = fmul nsz arcp contract afn float 0.20000000298023224, %v199
  %v201 = select i1 %v41, float %v196, float 0.0
  %v202 = select i1 %v197, float 0.0, float %v201
  %v203 = fadd nsz arcp contract afn float %v202, %v200
  %v204 = fmul nsz arcp contract afn float 1.4285714626312256, %v100
  %v205 = fcmp nsz arcp contract afn olt float %v181, 0.0
  %v206 = and i1 %v205, %v44
  %v207 = select i1 %v206, float %v204, float 0.0
  %v208 = fmul nsz arcp contract afn float 0.20000000298023224, %v207
  %v209 = select i1 %v44, float %v204, float 0.0
  %v210 = select i1 %v205, float 0.0, float %v209
  %v211 = fadd nsz arcp contract afn float %v210, %v208
  %v212 = fmul nsz arcp contract afn float 1.4285714626312256, %v103
  %v213 = fcmp nsz arcp contract afn olt float %v182, 0.0
  %v214 = and i1 %v213, %v47
  %v215 = select i1 %v214, float %v212, float 0.0
  %v216 = fmul nsz arcp contract afn float 0.20000000298023224, %v215
  %v217 = select i1 %v47, float %v212, float 0.0
  %v218 = select i1 %v213, float 0.0, float %v217
  %v219 = fadd nsz arcp contract afn float %v218, %v216
  %v220 = fmul nsz arcp contract afn float 1.4285714626312256, %v106
  %v221 = fcmp nsz arcp contract afn olt float %v183, 0.0
  %v222 = and i1 %v221, %v50
  %v223 = select i1 %v222, float %v220, float 0.0
  %v224 = fmul nsz arcp contract afn float 0.20000000298023224, %v223
  %v225 = select i1 %v50, float %v220, float 0.0
  %v226 = select i1 %v221, float 0.0, float %v225
  %v227 = fadd nsz arcp contract afn float %v226, %v224
  %v228 = fmul nsz arcp contract afn float 1.4285714626312256, %v109
  %v229 = fcmp nsz arcp contract afn olt float %v184, 0.0
  %v230 = and i1 %v229, %v53
  %v231 = select i1 %v230, float %v228, float 0.0
  %v232 = fmul nsz arcp contract afn float 0.20000000298023224, %v231
  %v233 = select i1 %v53, float %v228, float 0.0
  %v234 = select i1 %v229, float 0.0, float %v233
  %v235 = fadd nsz arcp contract afn float %v234, %v232
  %v236 = fmul nsz arcp contract afn float 1.4285714626312256, %v112
  %v237 = fcmp nsz arcp contract afn olt float %v185, 0.0
  %v238 = and i1 %v237, %v56
  %v239 = select i1 %v238, float %v236, float 0.0
  %v240 = fmul nsz arcp contract afn float 0.20000000298023224, %v239
  %v241 = select i1 %v56, float %v236, float 0.0
  %v242 = select i1 %v237, float 0.0, float %v241
  %v243 = fadd nsz arcp contract afn float %v242, %v240
  %v244 = fmul nsz arcp contract afn float 1.4285714626312256, %v115
  %v245 = fcmp nsz arcp contract afn olt float %v186, 0.0
  %v246 = and i1 %v245, %v59
  %v247 = select i1 %v246, float %v244, float 0.0
  %v248 = fmul nsz arcp contract afn float 0.20000000298023224, %v247
  %v249 = select i1 %v59, float %v244, float 0.0
  %v250 = select i1 %v245, float 0.0, float %v249
  %v251 = fadd nsz arcp contract afn float %v250, %v248
  %v252 = fmul nsz arcp contract afn float 1.4285714626312256, %v118
  %v253 = fcmp nsz arcp contract afn olt float %v187, 0.0
  %v254 = and i1 %v253, %v62
  %v255 = select i1 %v254, float %v252, float 0.0
  %v256 = fmul nsz arcp contract afn float 0.20000000298023224, %v255
  %v257 = select i1 %v62, float %v252, float 0.0
  %v258 = select i1 %v253, float 0.0, float %v257
  %v259 = fadd nsz arcp contract afn float %v258, %v256
  %v260 = fmul nsz arcp contract afn float 1.4285714626312256, %v121
  %v261 = fcmp nsz arcp contract afn olt float %v188, 0.0
  %v262 = and i1 %v261, %v65
  %v263 = select i1 %v262, float %v260, float 0.0
  %v264 = fmul nsz arcp contract afn float 0.20000000298023224, %v263
  %v265 = select i1 %v65, float %v260, float 0.0
  %v266 = select i1 %v261, float 0.0, float %v265
  %v267 = fadd nsz arcp contract afn float %v266, %v264
  %v268 = fmul nsz arcp contract afn float 1.4285714626312256, %v124
  %v269 = fcmp nsz arcp contract afn olt float %v189, 0.0
  %v270 = and i1 %v269, %v68
  %v271 = select i1 %v270, float %v268, float 0.0
  %v272 = fmul nsz arcp contract afn float 0.20000000298023224, %v271
  %v273 = select i1 %v68, float %v268, float 0.0
  %v274 = select i1 %v269, float 0.0, float %v273
  %v275 = fadd nsz arcp contract afn float %v274, %v272
  %v276 = fmul nsz arcp contract afn float 1.4285714626312256, %v127
  %v277 = fcmp nsz arcp contract afn olt float %v190, 0.0
  %v278 = and i1 %v277, %v71
  %v279 = select i1 %v278, float %v276, float 0.0
  %v280 = fmul nsz arcp contract afn float 0.20000000298023224, %v279
  %v281 = select i1 %v71, float %v276, float 0.0
  %v282 = select i1 %v277, float 0.0, float %v281
  %v283 = fadd nsz arcp contract afn float %v282, %v280
  %v284 = fmul nsz arcp contract afn float 1.4285714626312256, %v130
  %v285 = fcmp nsz arcp contract afn olt float %v191, 0.0
  %v286 = and i1 %v285, %v74
  %v287 = select i1 %v286, float %v284, float 0.0
  %v288 = fmul nsz arcp contract afn float 0.20000000298023224, %v287
  %v289 = select i1 %v74, float %v284, float 0.0
  %v290 = select i1 %v285, float 0.0, float %v289
  %v291 = fadd nsz arcp contract afn float %v290, %v288
  %v292 = fmul nsz arcp contract afn float 1.4285714626312256, %v132
  %v293 = fcmp nsz arcp contract afn olt float %v192, 0.0
  %v294 = and i1 %v293, %v76
  %v295 = select i1 %v294, float %v292, float 0.0
  %v296 = fmul nsz arcp contract afn float 0.20000000298023224, %v295
  %v297 = select i1 %v76, float %v292, float 0.0
  %v298 = select i1 %v293, float 0.0, float %v297
  %v299 = fadd nsz arcp contract afn float %v298, %v296
  %v300 = fmul nsz arcp contract afn float 1.4285714626312256, %v88
  %v301 = fcmp nsz arcp contract afn olt float %v193, 0.0
  %v302 = and i1 %v301, %v32
  %v303 = select i1 %v302, float %v300, float 0.0
  %v304 = fmul nsz arcp contract afn float 0.20000000298023224, %v303
  %v305 = select i1 %v32, float %v300, float 0.0
  %v306 = select i1 %v301, float 0.0, float %v305
  %v307 = fadd nsz arcp contract afn float %v306, %v304
  %v308 = fmul nsz arcp contract afn float 1.4285714626312256, %v91
  %v309 = fcmp nsz arcp contract afn olt float %v194, 0.0
  %v310 = and i1 %v309, %v35
  %v311 = select i1 %v310, float %v308, float 0.0
  %v312 = fmul nsz arcp contract afn float 0.20000000298023224, %v311
  %v313 = select i1 %v35, float %v308, float 0.0
  %v314 = select i1 %v309, float 0.0, float %v313
  %v315 = fadd nsz arcp contract afn float %v314, %v312
  %v316 = fmul nsz arcp contract afn float 1.4285714626312256, %v94
  %v317 = fcmp nsz arcp contract afn olt float %v195, 0.0
  %v318 = and i1 %v317, %v38
  %v319 = select i1 %v318, float %v316, float 0.0
  %v320 = fmul nsz arcp contract afn float 0.20000000298023224, %v319
  %v321 = select i1 %v38, float %v316, float 0.0
  %v322 = select i1 %v317, float 0.0, float %v321
  %v323 = fadd nsz arcp contract afn float %v322, %v320
  store float %v307, float* %v148
  store float %v315, float* %v149
  store float %v323, float* %v150
  store float %v203, float* %v151
  store float %v211, float* %v152
  store float %v219, float* %v153
  store float %v227, float* %v154
  store float %v235, float* %v155
  store float %v243, float* %v156
  store float %v251, float* %v157
  store float %v259, float* %v158
  store float %v267, float* %v159
  store float %v275, float* %v160
  store float %v283, float* %v161
  store float %v291, float* %v162
  store float %v299, float* %v163
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
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