define amdgpu_kernel void @r_16_8_16_4_4_1568_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [16 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = getelementptr inbounds float, float* %reg_0, i32 1
  %v5 = getelementptr inbounds float, float* %reg_0, i32 2
  %v6 = getelementptr inbounds float, float* %reg_0, i32 3
  %v7 = getelementptr inbounds float, float* %reg_0, i32 4
  %v8 = getelementptr inbounds float, float* %reg_0, i32 5
  %v9 = getelementptr inbounds float, float* %reg_0, i32 6
  %v10 = getelementptr inbounds float, float* %reg_0, i32 7
  %v11 = getelementptr inbounds float, float* %reg_0, i32 8
  %v12 = getelementptr inbounds float, float* %reg_0, i32 9
  %v13 = getelementptr inbounds float, float* %reg_0, i32 10
  %v14 = getelementptr inbounds float, float* %reg_0, i32 11
  %v15 = getelementptr inbounds float, float* %reg_0, i32 12
  %v16 = getelementptr inbounds float, float* %reg_0, i32 13
  %v17 = getelementptr inbounds float, float* %reg_0, i32 14
  %v18 = getelementptr inbounds float, float* %reg_0, i32 15
  %v19 = mul i32 %v0, 200704
  %v20 = mul i32 %v1, 25088
  %v21 = add nsw i32 %v19, %v20
  %v22 = mul i32 %v2, 25088
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
  store float 0.0, float* %v14
  store float 0.0, float* %v15
  store float 0.0, float* %v16
  store float 0.0, float* %v17
  store float 0.0, float* %v18
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v39 = phi i32 [ 0, %loop_entry_0 ], [ %v39phi, %loop_footer_0 ]
  %v39phi = add i32 %v39, 1
  %v39cmp = icmp ult i32 %v39, 1568
  br i1 %v39cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v40 = getelementptr inbounds float, float* %reg_0, i32 0
  %v41 = load float, float* %v40
  %v42 = getelementptr inbounds float, float* %reg_0, i32 1
  %v43 = load float, float* %v42
  %v44 = getelementptr inbounds float, float* %reg_0, i32 2
  %v45 = load float, float* %v44
  %v46 = getelementptr inbounds float, float* %reg_0, i32 3
  %v47 = load float, float* %v46
  %v48 = getelementptr inbounds float, float* %reg_0, i32 4
  %v49 = load float, float* %v48
  %v50 = getelementptr inbounds float, float* %reg_0, i32 5
  %v51 = load float, float* %v50
  %v52 = getelementptr inbounds float, float* %reg_0, i32 6
  %v53 = load float, float* %v52
  %v54 = getelementptr inbounds float, float* %reg_0, i32 7
  %v55 = load float, float* %v54
  %v56 = getelementptr inbounds float, float* %reg_0, i32 8
  %v57 = load float, float* %v56
  %v58 = getelementptr inbounds float, float* %reg_0, i32 9
  %v59 = load float, float* %v58
  %v60 = getelementptr inbounds float, float* %reg_0, i32 10
  %v61 = load float, float* %v60
  %v62 = getelementptr inbounds float, float* %reg_0, i32 11
  %v63 = load float, float* %v62
  %v64 = getelementptr inbounds float, float* %reg_0, i32 12
  %v65 = load float, float* %v64
  %v66 = getelementptr inbounds float, float* %reg_0, i32 13
  %v67 = load float, float* %v66
  %v68 = getelementptr inbounds float, float* %reg_0, i32 14
  %v69 = load float, float* %v68
  %v70 = getelementptr inbounds float, float* %reg_0, i32 15
  %v71 = load float, float* %v70
  %v72 = shl i32 %v39, 2
  %v73 = add nsw i32 %v21, %v72
  %v74 = add nsw i32 %v73, 6272
  %v75 = getelementptr inbounds float, float* %data1, i32 %v74
  %v76 = load <4 x float>, <4 x float>* %v75
  %v77 = add nsw i32 %v73, 12544
  %v78 = getelementptr inbounds float, float* %data1, i32 %v77
  %v79 = load <4 x float>, <4 x float>* %v78
  %v80 = add nsw i32 %v73, 18816
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  %v82 = load <4 x float>, <4 x float>* %v81
  %v83 = getelementptr inbounds float, float* %data1, i32 %v73
  %v84 = load <4 x float>, <4 x float>* %v83
  %v85 = add nsw i32 %v22, %v72
  %v86 = add nsw i32 %v85, 6272
  %v87 = getelementptr inbounds float, float* %data2, i32 %v86
  %v88 = load <4 x float>, <4 x float>* %v87
  %v89 = add nsw i32 %v85, 12544
  %v90 = getelementptr inbounds float, float* %data2, i32 %v89
  %v91 = load <4 x float>, <4 x float>* %v90
  %v92 = add nsw i32 %v85, 18816
  %v93 = getelementptr inbounds float, float* %data2, i32 %v92
  %v94 = load <4 x float>, <4 x float>* %v93
  %v95 = getelementptr inbounds float, float* %data2, i32 %v85
  %v96 = load <4 x float>, <4 x float>* %v95
  %v97 = extractelement <4 x float> %v76, i32 0
  %v98 = extractelement <4 x float> %v76, i32 1
  %v99 = extractelement <4 x float> %v76, i32 2
  %v100 = extractelement <4 x float> %v76, i32 3
  %v101 = extractelement <4 x float> %v79, i32 0
  %v102 = extractelement <4 x float> %v79, i32 1
  %v103 = extractelement <4 x float> %v79, i32 2
  %v104 = extractelement <4 x float> %v79, i32 3
  %v105 = extractelement <4 x float> %v82, i32 0
  %v106 = extractelement <4 x float> %v82, i32 1
  %v107 = extractelement <4 x float> %v82, i32 2
  %v108 = extractelement <4 x float> %v82, i32 3
  %v109 = extractelement <4 x float> %v84, i32 0
  %v110 = extractelement <4 x float> %v84, i32 1
  %v111 = extractelement <4 x float> %v84, i32 2
  %v112 = extractelement <4 x float> %v84, i32 3
  %v113 = extractelement <4 x float> %v88, i32 0
  %v114 = extractelement <4 x float> %v88, i32 1
  %v115 = extractelement <4 x float> %v88, i32 2
  %v116 = extractelement <4 x float> %v88, i32 3
  %v117 = extractelement <4 x float> %v91, i32 0
  %v118 = extractelement <4 x float> %v91, i32 1
  %v119 = extractelement <4 x float> %v91, i32 2
  %v120 = extractelement <4 x float> %v91, i32 3
  %v121 = extractelement <4 x float> %v94, i32 0
  %v122 = extractelement <4 x float> %v94, i32 1
  %v123 = extractelement <4 x float> %v94, i32 2
  %v124 = extractelement <4 x float> %v94, i32 3
  %v125 = extractelement <4 x float> %v96, i32 0
  %v126 = extractelement <4 x float> %v96, i32 1
  %v127 = extractelement <4 x float> %v96, i32 2
  %v128 = extractelement <4 x float> %v96, i32 3
  %v129 = fmul nsz arcp contract afn float %v109, %v125
  %v130 = fmul nsz arcp contract afn float %v110, %v126
  %v131 = fadd nsz arcp contract afn float %v129, %v130
  %v132 = fmul nsz arcp contract afn float %v111, %v127
  %v133 = fadd nsz arcp contract afn float %v131, %v132
  %v134 = fmul nsz arcp contract afn float %v112, %v128
  %v135 = fadd nsz arcp contract afn float %v133, %v134
  %v136 = fadd nsz arcp contract afn float %v41, %v135
  %v137 = fmul nsz arcp contract afn float %v109, %v113
  %v138 = fmul nsz arcp contract afn float %v110, %v114
  %v139 = fadd nsz arcp contract afn float %v137, %v138
  %v140 = fmul nsz arcp contract afn float %v111, %v115
  %v141 = fadd nsz arcp contract afn float %v139, %v140
  %v142 = fmul nsz arcp contract afn float %v112, %v116
  %v143 = fadd nsz arcp contract afn float %v141, %v142
  %v144 = fadd nsz arcp contract afn float %v43, %v143
  %v145 = fmul nsz arcp contract afn float %v109, %v117
  %v146 = fmul nsz arcp contract afn float %v110, %v118
  %v147 = fadd nsz arcp contract afn float %v145, %v146
  %v148 = fmul nsz arcp contract afn float %v111, %v119
  %v149 = fadd nsz arcp contract afn float %v147, %v148
  %v150 = fmul nsz arcp contract afn float %v112, %v120
  %v151 = fadd nsz arcp contract afn float %v149, %v150
  %v152 = fadd nsz arcp contract afn float %v45, %v151
  %v153 = fmul nsz arcp contract afn float %v109, %v121
  %v154 = fmul nsz arcp contract afn float %v110, %v122
  %v155 = fadd nsz arcp contract afn float %v153, %v154
  %v156 = fmul nsz arcp contract afn float %v111, %v123
  %v157 = fadd nsz arcp contract afn float %v155, %v156
  %v158 = fmul nsz arcp contract afn float %v112, %v124
  %v159 = fadd nsz arcp contract afn float %v157, %v158
  %v160 = fadd nsz arcp contract afn float %v47, %v159
  %v161 = fmul nsz arcp contract afn float %v97, %v125
  %v162 = fmul nsz arcp contract afn float %v98, %v126
  %v163 = fadd nsz arcp contract afn float %v161, %v162
  %v164 = fmul nsz arcp contract afn float %v99, %v127
  %v165 = fadd nsz arcp contract afn float %v163, %v164
  %v166 = fmul nsz arcp contract afn float %v100, %v128
  %v167 = fadd nsz arcp contract afn float %v165, %v166
  %v168 = fadd nsz arcp contract afn float %v49, %v167
  %v169 = fmul nsz arcp contract afn float %v97, %v113
  %v170 = fmul nsz arcp contract afn float %v98, %v114
  %v171 = fadd nsz arcp contract afn float %v169, %v170
  %v172 = fmul nsz arcp contract afn float %v99, %v115
  %v173 = fadd nsz arcp contract afn float %v171, %v172
  %v174 = fmul nsz arcp contract afn float %v100, %v116
  %v175 = fadd nsz arcp contract afn float %v173, %v174
  %v176 = fadd nsz arcp contract afn float %v51, %v175
  %v177 = fmul nsz arcp contract afn float %v97, %v117
  %v178 = fmul nsz arcp contract afn float %v98, %v118
  %v179 = fadd nsz arcp contract afn float %v177, %v178
  %v180 = fmul nsz arcp contract afn float %v99, %v119
  %v181 = fadd nsz arcp contract afn float %v179, %v180
  %v182 = fmul nsz arcp contract afn float %v100, %v120
  %v183 = fadd nsz arcp contract afn float %v181, %v182
  %v184 = fadd nsz arcp contract afn float %v53, %v183
  %v185 = fmul nsz arcp contract afn float %v97, %v121
  %v186 = fmul nsz arcp contract afn float %v98, %v122
  %v187 = fadd nsz arcp contract afn float %v185, %v186
  %v188 = fmul nsz arcp contract afn float %v99, %v123
  %v189 = fadd nsz arcp contract afn float %v187, %v188
  %v190 = fmul nsz arcp contract afn float %v100, %v124
  %v191 = fadd nsz arcp contract afn float %v189, %v190
  %v192 = fadd nsz arcp contract afn float %v55, %v191
  %v193 = fmul nsz arcp contract afn float %v101, %v125
  %v194 = fmul nsz arcp contract afn float %v102, %v126
  %v195 = fadd nsz arcp contract afn float %v193, %v194
  %v196 = fmul nsz arcp contract afn float %v103, %v127
  %v197 = fadd nsz arcp contract afn float %v195, %v196
  %v198 = fmul nsz arcp contract afn float %v104, %v128
  %v199 = fadd nsz arcp contract afn float %v197, %v198
  %v200 = fadd nsz arcp contract afn float %v57, %v199
  %v201 = fmul nsz arcp contract afn float %v101, %v113
  %v202 = fmul nsz arcp contract afn float %v102, %v114
  %v203 = fadd nsz arcp contract afn float %v201, %v202
  %v204 = fmul nsz arcp contract afn float %v103, %v115
  %v205 = fadd nsz arcp contract afn float %v203, %v204
  %v206 = fmul nsz arcp contract afn float %v104, %v116
  %v207 = fadd nsz arcp contract afn float %v205, %v206
  %v208 = fadd nsz arcp contract afn float %v59, %v207
  %v209 = fmul nsz arcp contract afn float %v101, %v117
  %v210 = fmul nsz arcp contract afn float %v102, %v118
  %v211 = fadd nsz arcp contract afn float %v209, %v210
  %v212 = fmul nsz arcp contract afn float %v103, %v119
  %v213 = fadd nsz arcp contract afn float %v211, %v212
  %v214 = fmul nsz arcp contract afn float %v104, %v120
  %v215 = fadd nsz arcp contract afn float %v213, %v214
  %v216 = fadd nsz arcp contract afn float %v61, %v215
  %v217 = fmul nsz arcp contract afn float %v101, %v121
  %v218 = fmul nsz arcp contract afn float %v102, %v122
  %v219 = fadd nsz arcp contract afn float %v217, %v218
  %v220 = fmul nsz arcp contract afn float %v103, %v123
  %v221 = fadd nsz arcp contract afn float %v219, %v220
  %v222 = fmul nsz arcp contract afn float %v104, %v124
  %v223 = fadd nsz arcp contract afn float %v221, %v222
  %v224 = fadd nsz arcp contract afn float %v63, %v223
  %v225 = fmul nsz arcp contract afn float %v105, %v125
  %v226 = fmul nsz arcp contract afn float %v106, %v126
  %v227 = fadd nsz arcp contract afn float %v225, %v226
  %v228 = fmul nsz arcp contract afn float %v107, %v127
  %v229 = fadd nsz arcp contract afn float %v227, %v228
  %v230 = fmul nsz arcp contract afn float %v108, %v128
  %v231 = fadd nsz arcp contract afn float %v229, %v230
  %v232 = fadd nsz arcp contract afn float %v65, %v231
  %v233 = fmul nsz arcp contract afn float %v105, %v113
  %v234 = fmul nsz arcp contract afn float %v106, %v114
  %v235 = fadd nsz arcp contract afn float %v233, %v234
  %v236 = fmul nsz arcp contract afn float %v107, %v115
  %v237 = fadd nsz arcp contract afn float %v235, %v236
  %v238 = fmul nsz arcp contract afn float %v108, %v116
  %v239 = fadd nsz arcp contract afn float %v237, %v238
  %v240 = fadd nsz arcp contract afn float %v67, %v239
  %v241 = fmul nsz arcp contract afn float %v105, %v117
  %v242 = fmul nsz arcp contract afn float %v106, %v118
  %v243 = fadd nsz arcp contract afn float %v241, %v242
  %v244 = fmul nsz arcp contract afn float %v107, %v119
  %v245 = fadd nsz arcp contract afn float %v243, %v244
  %v246 = fmul nsz arcp contract afn float %v108, %v120
  %v247 = fadd nsz arcp contract afn float %v245, %v246
  %v248 = fadd nsz arcp contract afn float %v69, %v247
  %v249 = fmul nsz arcp contract afn float %v105, %v121
  %v250 = fmul nsz arcp contract afn float %v106, %v122
  %v251 = fadd nsz arcp contract afn float %v249, %v250
  %v252 = fmul nsz arcp contract afn float %v107, %v123
  %v253 = fadd nsz arcp contract afn float %v251, %v252
  %v254 = fmul nsz arcp contract afn float %v108, %v124
  %v255 = fadd nsz arcp contract afn float %v253, %v254
  %v256 = fadd nsz arcp contract afn float %v71, %v255
  store float %v136, float* %v40
  store float %v144, float* %v42
  store float %v152, float* %v44
  store float %v160, float* %v46
  store float %v168, float* %v48
  store float %v176, float* %v50
  store float %v184, float* %v52
  store float %v192, float* %v54
  store float %v200, float* %v56
  store float %v208, float* %v58
  store float %v216, float* %v60
  store float %v224, float* %v62
  store float %v232, float* %v64
  store float %v240, float* %v66
  store float %v248, float* %v68
  store float %v256, float* %v70
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v274 = getelementptr inbounds float, float* %reg_0, i32 0
  %v275 = load float, float* %v274
  %v276 = getelementptr inbounds float, float* %reg_0, i32 1
  %v277 = load float, float* %v276
  %v278 = getelementptr inbounds float, float* %reg_0, i32 2
  %v279 = load float, float* %v278
  %v280 = getelementptr inbounds float, float* %reg_0, i32 3
  %v281 = load float, float* %v280
  %v282 = getelementptr inbounds float, float* %reg_0, i32 4
  %v283 = load float, float* %v282
  %v284 = getelementptr inbounds float, float* %reg_0, i32 5
  %v285 = load float, float* %v284
  %v286 = getelementptr inbounds float, float* %reg_0, i32 6
  %v287 = load float, float* %v286
  %v288 = getelementptr inbounds float, float* %reg_0, i32 7
  %v289 = load float, float* %v288
  %v290 = getelementptr inbounds float, float* %reg_0, i32 8
  %v291 = load float, float* %v290
  %v292 = getelementptr inbounds float, float* %reg_0, i32 9
  %v293 = load float, float* %v292
  %v294 = getelementptr inbounds float, float* %reg_0, i32 10
  %v295 = load float, float* %v294
  %v296 = getelementptr inbounds float, float* %reg_0, i32 11
  %v297 = load float, float* %v296
  %v298 = getelementptr inbounds float, float* %reg_0, i32 12
  %v299 = load float, float* %v298
  %v300 = getelementptr inbounds float, float* %reg_0, i32 13
  %v301 = load float, float* %v300
  %v302 = getelementptr inbounds float, float* %reg_0, i32 14
  %v303 = load float, float* %v302
  %v304 = getelementptr inbounds float, float* %reg_0, i32 15
  %v305 = load float, float* %v304
  %v306_0 = insertelement <4 x float> poison, float %v275, i32 0
  %v306_1 = insertelement <4 x float> %v306_0, float %v277, i32 1
  %v306_2 = insertelement <4 x float> %v306_1, float %v279, i32 2
  %v306 = insertelement <4 x float> %v306_2, float %v281, i32 3
  %v307_0 = insertelement <4 x float> poison, float %v283, i32 0
  %v307_1 = insertelement <4 x float> %v307_0, float %v285, i32 1
  %v307_2 = insertelement <4 x float> %v307_1, float %v287, i32 2
  %v307 = insertelement <4 x float> %v307_2, float %v289, i32 3
  %v308_0 = insertelement <4 x float> poison, float %v291, i32 0
  %v308_1 = insertelement <4 x float> %v308_0, float %v293, i32 1
  %v308_2 = insertelement <4 x float> %v308_1, float %v295, i32 2
  %v308 = insertelement <4 x float> %v308_2, float %v297, i32 3
  %v309_0 = insertelement <4 x float> poison, float %v299, i32 0
  %v309_1 = insertelement <4 x float> %v309_0, float %v301, i32 1
  %v309_2 = insertelement <4 x float> %v309_1, float %v303, i32 2
  %v309 = insertelement <4 x float> %v309_2, float %v305, i32 3
  %v310 = shl i32 %v0, 11
  %v311 = shl i32 %v1, 8
  %v312 = add nsw i32 %v310, %v311
  %v313 = shl i32 %v2, 2
  %v314 = add nsw i32 %v312, %v313
  %v315 = add nsw i32 %v314, 64
  %v316 = getelementptr inbounds float, float* %data0, i32 %v315
  %v317 = add nsw i32 %v314, 128
  %v318 = getelementptr inbounds float, float* %data0, i32 %v317
  %v319 = add nsw i32 %v314, 192
  %v320 = getelementptr inbounds float, float* %data0, i32 %v319
  %v321 = getelementptr inbounds float, float* %data0, i32 %v314
  store <4 x float> %v307, <4 x float>* %v316
  store <4 x float> %v308, <4 x float>* %v318
  store <4 x float> %v309, <4 x float>* %v320
  store <4 x float> %v306, <4 x float>* %v321
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }