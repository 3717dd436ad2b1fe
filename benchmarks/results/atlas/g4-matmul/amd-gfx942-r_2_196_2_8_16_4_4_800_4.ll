define amdgpu_kernel void @r_2_196_2_8_16_4_4_800_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [16 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = getelementptr inbounds float, float* %reg_0, i32 0
  %v6 = getelementptr inbounds float, float* %reg_0, i32 1
  %v7 = getelementptr inbounds float, float* %reg_0, i32 2
  %v8 = getelementptr inbounds float, float* %reg_0, i32 3
  %v9 = getelementptr inbounds float, float* %reg_0, i32 4
  %v10 = getelementptr inbounds float, float* %reg_0, i32 5
  %v11 = getelementptr inbounds float, float* %reg_0, i32 6
  %v12 = getelementptr inbounds float, float* %reg_0, i32 7
  %v13 = getelementptr inbounds float, float* %reg_0, i32 8
  %v14 = getelementptr inbounds float, float* %reg_0, i32 9
  %v15 = getelementptr inbounds float, float* %reg_0, i32 10
  %v16 = getelementptr inbounds float, float* %reg_0, i32 11
  %v17 = getelementptr inbounds float, float* %reg_0, i32 12
  %v18 = getelementptr inbounds float, float* %reg_0, i32 13
  %v19 = getelementptr inbounds float, float* %reg_0, i32 14
  %v20 = getelementptr inbounds float, float* %reg_0, i32 15
  %v21 = mul i32 %v0, 409600
  %v22 = mul i32 %v4, 25600
  %v23 = add nsw i32 %v21, %v22
  %v24 = mul i32 %v1, 204800
  %v25 = mul i32 %v3, 25600
  %v26 = add nsw i32 %v24, %v25
  %v27 = mul i32 %v2, 3200
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
  store float 0.0, float* %v16
  store float 0.0, float* %v17
  store float 0.0, float* %v18
  store float 0.0, float* %v19
  store float 0.0, float* %v20
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v44 = phi i32 [ 0, %loop_entry_0 ], [ %v44phi, %loop_footer_0 ]
  %v44phi = add i32 %v44, 1
  %v44cmp = icmp ult i32 %v44, 800
  br i1 %v44cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v45 = getelementptr inbounds float, float* %reg_0, i32 0
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %reg_0, i32 1
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %reg_0, i32 2
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %reg_0, i32 3
  %v52 = load float, float* %v51
  %v53 = getelementptr inbounds float, float* %reg_0, i32 4
  %v54 = load float, float* %v53
  %v55 = getelementptr inbounds float, float* %reg_0, i32 5
  %v56 = load float, float* %v55
  %v57 = getelementptr inbounds float, float* %reg_0, i32 6
  %v58 = load float, float* %v57
  %v59 = getelementptr inbounds float, float* %reg_0, i32 7
  %v60 = load float, float* %v59
  %v61 = getelementptr inbounds float, float* %reg_0, i32 8
  %v62 = load float, float* %v61
  %v63 = getelementptr inbounds float, float* %reg_0, i32 9
  %v64 = load float, float* %v63
  %v65 = getelementptr inbounds float, float* %reg_0, i32 10
  %v66 = load float, float* %v65
  %v67 = getelementptr inbounds float, float* %reg_0, i32 11
  %v68 = load float, float* %v67
  %v69 = getelementptr inbounds float, float* %reg_0, i32 12
  %v70 = load float, float* %v69
  %v71 = getelementptr inbounds float, float* %reg_0, i32 13
  %v72 = load float, float* %v71
  %v73 = getelementptr inbounds float, float* %reg_0, i32 14
  %v74 = load float, float* %v73
  %v75 = getelementptr inbounds float, float* %reg_0, i32 15
  %v76 = load float, float* %v75
  %v77 = shl i32 %v44, 2
  %v78 = add nsw i32 %v27, %v77
  %v79 = add nsw i32 %v26, %v78
  %v80 = add nsw i32 %v79, 6400
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  %v82 = load <4 x float>, <4 x float>* %v81
  %v83 = add nsw i32 %v79, 12800
  %v84 = getelementptr inbounds float, float* %data1, i32 %v83
  %v85 = load <4 x float>, <4 x float>* %v84
  %v86 = add nsw i32 %v79, 19200
  %v87 = getelementptr inbounds float, float* %data1, i32 %v86
  %v88 = load <4 x float>, <4 x float>* %v87
  %v89 = getelementptr inbounds float, float* %data1, i32 %v79
  %v90 = load <4 x float>, <4 x float>* %v89
  %v91 = add nsw i32 %v23, %v78
  %v92 = add nsw i32 %v91, 6400
  %v93 = getelementptr inbounds float, float* %data2, i32 %v92
  %v94 = load <4 x float>, <4 x float>* %v93
  %v95 = add nsw i32 %v91, 12800
  %v96 = getelementptr inbounds float, float* %data2, i32 %v95
  %v97 = load <4 x float>, <4 x float>* %v96
  %v98 = add nsw i32 %v91, 19200
  %v99 = getelementptr inbounds float, float* %data2, i32 %v98
  %v100 = load <4 x float>, <4 x float>* %v99
  %v101 = getelementptr inbounds float, float* %data2, i32 %v91
  %v102 = load <4 x float>, <4 x float>* %v101
  %v103 = extractelement <4 x float> %v82, i32 0
  %v104 = extractelement <4 x float> %v82, i32 1
  %v105 = extractelement <4 x float> %v82, i32 2
  %v106 = extractelement <4 x float> %v82, i32 3
  %v107 = extractelement <4 x float> %v85, i32 0
  %v108 = extractelement <4 x float> %v85, i32 1
  %v109 = extractelement <4 x float> %v85, i32 2
  %v110 = extractelement <4 x float> %v85, i32 3
  %v111 = extractelement <4 x float> %v88, i32 0
  %v112 = extractelement <4 x float> %v88, i32 1
  %v113 = extractelement <4 x float> %v88, i32 2
  %v114 = extractelement <4 x float> %v88, i32 3
  %v115 = extractelement <4 x float> %v90, i32 0
  %v116 = extractelement <4 x float> %v90, i32 1
  %v117 = extractelement <4 x float> %v90, i32 2
  %v118 = extractelement <4 x float> %v90, i32 3
  %v119 = extractelement <4 x float> %v94, i32 0
  %v120 = extractelement <4 x float> %v94, i32 1
  %v121 = extractelement <4 x float> %v94, i32 2
  %v122 = extractelement <4 x float> %v94, i32 3
  %v123 = extractelement <4 x float> %v97, i32 0
  %v124 = extractelement <4 x float> %v97, i32 1
  %v125 = extractelement <4 x float> %v97, i32 2
  %v126 = extractelement <4 x float> %v97, i32 3
  %v127 = extractelement <4 x float> %v100, i32 0
  %v128 = extractelement <4 x float> %v100, i32 1
  %v129 = extractelement <4 x float> %v100, i32 2
  %v130 = extractelement <4 x float> %v100, i32 3
  %v131 = extractelement <4 x float> %v102, i32 0
  %v132 = extractelement <4 x float> %v102, i32 1
  %v133 = extractelement <4 x float> %v102, i32 2
  %v134 = extractelement <4 x float> %v102, i32 3
  %v135 = fmul nsz arcp contract afn float %v115, %v131
  %v136 = fmul nsz arcp contract afn float %v116, %v132
  %v137 = fadd nsz arcp contract afn float %v135, %v136
  %v138 = fmul nsz arcp contract afn float %v117, %v133
  %v139 = fadd nsz arcp contract afn float %v137, %v138
  %v140 = fmul nsz arcp contract afn float %v118, %v134
  %v141 = fadd nsz arcp contract afn float %v139, %v140
  %v142 = fadd nsz arcp contract afn float %v46, %v141
  %v143 = fmul nsz arcp contract afn float %v115, %v119
  %v144 = fmul nsz arcp contract afn float %v116, %v120
  %v145 = fadd nsz arcp contract afn float %v143, %v144
  %v146 = fmul nsz arcp contract afn float %v117, %v121
  %v147 = fadd nsz arcp contract afn float %v145, %v146
  %v148 = fmul nsz arcp contract afn float %v118, %v122
  %v149 = fadd nsz arcp contract afn float %v147, %v148
  %v150 = fadd nsz arcp contract afn float %v48, %v149
  %v151 = fmul nsz arcp contract afn float %v115, %v123
  %v152 = fmul nsz arcp contract afn float %v116, %v124
  %v153 = fadd nsz arcp contract afn float %v151, %v152
  %v154 = fmul nsz arcp contract afn float %v117, %v125
  %v155 = fadd nsz arcp contract afn float %v153, %v154
  %v156 = fmul nsz arcp contract afn float %v118, %v126
  %v157 = fadd nsz arcp contract afn float %v155, %v156
  %v158 = fadd nsz arcp contract afn float %v50, %v157
  %v159 = fmul nsz arcp contract afn float %v115, %v127
  %v160 = fmul nsz arcp contract afn float %v116, %v128
  %v161 = fadd nsz arcp contract afn float %v159, %v160
  %v162 = fmul nsz arcp contract afn float %v117, %v129
  %v163 = fadd nsz arcp contract afn float %v161, %v162
  %v164 = fmul nsz arcp contract afn float %v118, %v130
  %v165 = fadd nsz arcp contract afn float %v163, %v164
  %v166 = fadd nsz arcp contract afn float %v52, %v165
  %v167 = fmul nsz arcp contract afn float %v103, %v131
  %v168 = fmul nsz arcp contract afn float %v104, %v132
  %v169 = fadd nsz arcp contract afn float %v167, %v168
  %v170 = fmul nsz arcp contract afn float %v105, %v133
  %v171 = fadd nsz arcp contract afn float %v169, %v170
  %v172 = fmul nsz arcp contract afn float %v106, %v134
  %v173 = fadd nsz arcp contract afn float %v171, %v172
  %v174 = fadd nsz arcp contract afn float %v54, %v173
  %v175 = fmul nsz arcp contract afn float %v103, %v119
  %v176 = fmul nsz arcp contract afn float %v104, %v120
  %v177 = fadd nsz arcp contract afn float %v175, %v176
  %v178 = fmul nsz arcp contract afn float %v105, %v121
  %v179 = fadd nsz arcp contract afn float %v177, %v178
  %v180 = fmul nsz arcp contract afn float %v106, %v122
  %v181 = fadd nsz arcp contract afn float %v179, %v180
  %v182 = fadd nsz arcp contract afn float %v56, %v181
  %v183 = fmul nsz arcp contract afn float %v103, %v123
  %v184 = fmul nsz arcp contract afn float %v104, %v124
  %v185 = fadd nsz arcp contract afn float %v183, %v184
  %v186 = fmul nsz arcp contract afn float %v105, %v125
  %v187 = fadd nsz arcp contract afn float %v185, %v186
  %v188 = fmul nsz arcp contract afn float %v106, %v126
  %v189 = fadd nsz arcp contract afn float %v187, %v188
  %v190 = fadd nsz arcp contract afn float %v58, %v189
  %v191 = fmul nsz arcp contract afn float %v103, %v127
  %v192 = fmul nsz arcp contract afn float %v104, %v128
  %v193 = fadd nsz arcp contract afn float %v191, %v192
  %v194 = fmul nsz arcp contract afn float %v105, %v129
  %v195 = fadd nsz arcp contract afn float %v193, %v194
  %v196 = fmul nsz arcp contract afn float %v106, %v130
  %v197 = fadd nsz arcp contract afn float %v195, %v196
  %v198 = fadd nsz arcp contract afn float %v60, %v197
  %v199 = fmul nsz arcp contract afn float %v107, %v131
  %v200 = fmul nsz arcp contract afn float %v108, %v132
  %v201 = fadd nsz arcp contract afn float %v199, %v200
  %v202 = fmul nsz arcp contract afn float %v109, %v133
  %v203 = fadd nsz arcp contract afn float %v201, %v202
  %v204 = fmul nsz arcp contract afn float %v110, %v134
  %v205 = fadd nsz arcp contract afn float %v203, %v204
  %v206 = fadd nsz arcp contract afn float %v62, %v205
  %v207 = fmul nsz arcp contract afn float %v107, %v119
  %v208 = fmul nsz arcp contract afn float %v108, %v120
  %v209 = fadd nsz arcp contract afn float %v207, %v208
  %v210 = fmul nsz arcp contract afn float %v109, %v121
  %v211 = fadd nsz arcp contract afn float %v209, %v210
  %v212 = fmul nsz arcp contract afn float %v110, %v122
  %v213 = fadd nsz arcp contract afn float %v211, %v212
  %v214 = fadd nsz arcp contract afn float %v64, %v213
  %v215 = fmul nsz arcp contract afn float %v107, %v123
  %v216 = fmul nsz arcp contract afn float %v108, %v124
  %v217 = fadd nsz arcp contract afn float %v215, %v216
  %v218 = fmul nsz arcp contract afn float %v109, %v125
  %v219 = fadd nsz arcp contract afn float %v217, %v218
  %v220 = fmul nsz arcp contract afn float %v110, %v126
  %v221 = fadd nsz arcp contract afn float %v219, %v220
  %v222 = fadd nsz arcp contract afn float %v66, %v221
  %v223 = fmul nsz arcp contract afn float %v107, %v127
  %v224 = fmul nsz arcp contract afn float %v108, %v128
  %v225 = fadd nsz arcp contract afn float %v223, %v224
  %v226 = fmul nsz arcp contract afn float %v109, %v129
  %v227 = fadd nsz arcp contract afn float %v225, %v226
  %v228 = fmul nsz arcp contract afn float %v110, %v130
  %v229 = fadd nsz arcp contract afn float %v227, %v228
  %v230 = fadd nsz arcp contract afn float %v68, %v229
  %v231 = fmul nsz arcp contract afn float %v111, %v131
  %v232 = fmul nsz arcp contract afn float %v112, %v132
  %v233 = fadd nsz arcp contract afn float %v231, %v232
  %v234 = fmul nsz arcp contract afn float %v113, %v133
  %v235 = fadd nsz arcp contract afn float %v233, %v234
  %v236 = fmul nsz arcp contract afn float %v114, %v134
  %v237 = fadd nsz arcp contract afn float %v235, %v236
  %v238 = fadd nsz arcp contract afn float %v70, %v237
  %v239 = fmul nsz arcp contract afn float %v111, %v119
  %v240 = fmul nsz arcp contract afn float %v112, %v120
  %v241 = fadd nsz arcp contract afn float %v239, %v240
  %v242 = fmul nsz arcp contract afn float %v113, %v121
  %v243 = fadd nsz arcp contract afn float %v241, %v242
  %v244 = fmul nsz arcp contract afn float %v114, %v122
  %v245 = fadd nsz arcp contract afn float %v243, %v244
  %v246 = fadd nsz arcp contract afn float %v72, %v245
  %v247 = fmul nsz arcp contract afn float %v111, %v123
  %v248 = fmul nsz arcp contract afn float %v112, %v124
  %v249 = fadd nsz arcp contract afn float %v247, %v248
  %v250 = fmul nsz arcp contract afn float %v113, %v125
  %v251 = fadd nsz arcp contract afn float %v249, %v250
  %v252 = fmul nsz arcp contract afn float %v114, %v126
  %v253 = fadd nsz arcp contract afn float %v251, %v252
  %v254 = fadd nsz arcp contract afn float %v74, %v253
  %v255 = fmul nsz arcp contract afn float %v111, %v127
  %v256 = fmul nsz arcp contract afn float %v112, %v128
  %v257 = fadd nsz arcp contract afn float %v255, %v256
  %v258 = fmul nsz arcp contract afn float %v113, %v129
  %v259 = fadd nsz arcp contract afn float %v257, %v258
  %v260 = fmul nsz arcp contract afn float %v114, %v130
  %v261 = fadd nsz arcp contract afn float %v259, %v260
  %v262 = fadd nsz arcp contract afn float %v76, %v261
  store float %v142, float* %v45
  store float %v150, float* %v47
  store float %v158, float* %v49
  store float %v166, float* %v51
  store float %v174, float* %v53
  store float %v182, float* %v55
  store float %v190, float* %v57
  store float %v198, float* %v59
  store float %v206, float* %v61
  store float %v214, float* %v63
  store float %v222, float* %v65
  store float %v230, float* %v67
  store float %v238, float* %v69
  store float %v246, float* %v71
  store float %v254, float* %v73
  store float %v262, float* %v75
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v280 = getelementptr inbounds float, float* %reg_0, i32 0
  %v281 = load float, float* %v280
  %v282 = getelementptr inbounds float, float* %reg_0, i32 1
  %v283 = load float, float* %v282
  %v284 = getelementptr inbounds float, float* %reg_0, i32 2
  %v285 = load float, float* %v284
  %v286 = getelementptr inbounds float, float* %reg_0, i32 3
  %v287 = load float, float* %v286
  %v288 = getelementptr inbounds float, float* %reg_0, i32 4
  %v289 = load float, float* %v288
  %v290 = getelementptr inbounds float, float* %reg_0, i32 5
  %v291 = load float, float* %v290
  %v292 = getelementptr inbounds float, float* %reg_0, i32 6
  %v293 = load float, float* %v292
  %v294 = getelementptr inbounds float, float* %reg_0, i32 7
  %v295 = load float, float* %v294
  %v296 = getelementptr inbounds float, float* %reg_0, i32 8
  %v297 = load float, float* %v296
  %v298 = getelementptr inbounds float, float* %reg_0, i32 9
  %v299 = load float, float* %v298
  %v300 = getelementptr inbounds float, float* %reg_0, i32 10
  %v301 = load float, float* %v300
  %v302 = getelementptr inbounds float, float* %reg_0, i32 11
  %v303 = load float, float* %v302
  %v304 = getelementptr inbounds float, float* %reg_0, i32 12
  %v305 = load float, float* %v304
  %v306 = getelementptr inbounds float, float* %reg_0, i32 13
  %v307 = load float, float* %v306
  %v308 = getelementptr inbounds float, float* %reg_0, i32 14
  %v309 = load float, float* %v308
  %v310 = getelementptr inbounds float, float* %reg_0, i32 15
  %v311 = load float, float* %v310
  %v312_0 = insertelement <4 x float> poison, float %v281, i32 0
  %v312_1 = insertelement <4 x float> %v312_0, float %v283, i32 1
  %v312_2 = insertelement <4 x float> %v312_1, float %v285, i32 2
  %v312 = insertelement <4 x float> %v312_2, float %v287, i32 3
  %v313_0 = insertelement <4 x float> poison, float %v289, i32 0
  %v313_1 = insertelement <4 x float> %v313_0, float %v291, i32 1
  %v313_2 = insertelement <4 x float> %v313_1, float %v293, i32 2
  %v313 = insertelement <4 x float> %v313_2, float %v295, i32 3
  %v314_0 = insertelement <4 x float> poison, float %v297, i32 0
  %v314_1 = insertelement <4 x float> %v314_0, float %v299, i32 1
  %v314_2 = insertelement <4 x float> %v314_1, float %v301, i32 2
  %v314 = insertelement <4 x float> %v314_2, float %v303, i32 3
  %v315_0 = insertelement <4 x float> poison, float %v305, i32 0
  %v315_1 = insertelement <4 x float> %v315_0, float %v307, i32 1
  %v315_2 = insertelement <4 x float> %v315_1, float %v309, i32 2
  %v315 = insertelement <4 x float> %v315_2, float %v311, i32 3
  %v316 = shl i32 %v0, 6
  %v317 = shl i32 %v4, 2
  %v318 = add nsw i32 %v316, %v317
  %v319 = shl i32 %v1, 12
  %v320 = shl i32 %v3, 9
  %v321 = add nsw i32 %v319, %v320
  %v322 = add nsw i32 %v318, %v321
  %v323 = mul i32 %v2, 802816
  %v324 = add nsw i32 %v322, %v323
  %v325 = add nsw i32 %v324, 128
  %v326 = getelementptr inbounds float, float* %data0, i32 %v325
  %v327 = add nsw i32 %v324, 256
  %v328 = getelementptr inbounds float, float* %data0, i32 %v327
  %v329 = add nsw i32 %v324, 384
  %v330 = getelementptr inbounds float, float* %data0, i32 %v329
  %v331 = getelementptr inbounds float, float* %data0, i32 %v324
  store <4 x float> %v313, <4 x float>* %v326
  store <4 x float> %v314, <4 x float>* %v328
  store <4 x float> %v315, <4 x float>* %v330
  store <4 x float> %v312, <4 x float>* %v331
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }