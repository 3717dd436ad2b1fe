define amdgpu_kernel void @r_25_32_4_4_3136_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [16 x float]
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
  %v14 = getelementptr inbounds float, float* %reg_0, i32 12
  %v15 = getelementptr inbounds float, float* %reg_0, i32 13
  %v16 = getelementptr inbounds float, float* %reg_0, i32 14
  %v17 = getelementptr inbounds float, float* %reg_0, i32 15
  %v18 = mul i32 %v1, 50176
  %v19 = shl i32 %v0, 2
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
  store float 0.0, float* %v14
  store float 0.0, float* %v15
  store float 0.0, float* %v16
  store float 0.0, float* %v17
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v36 = phi i32 [ 0, %loop_entry_0 ], [ %v36phi, %loop_footer_0 ]
  %v36phi = add i32 %v36, 1
  %v36cmp = icmp ult i32 %v36, 3136
  br i1 %v36cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v37 = getelementptr inbounds float, float* %reg_0, i32 0
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_0, i32 1
  %v40 = load float, float* %v39
  %v41 = getelementptr inbounds float, float* %reg_0, i32 2
  %v42 = load float, float* %v41
  %v43 = getelementptr inbounds float, float* %reg_0, i32 3
  %v44 = load float, float* %v43
  %v45 = getelementptr inbounds float, float* %reg_0, i32 4
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %reg_0, i32 5
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %reg_0, i32 6
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %reg_0, i32 7
  %v52 = load float, float* %v51
  %v53 = getelementptr inbounds float, float* %reg_0, i32 8
  %v54 = load float, float* %v53
  %v55 = getelementptr inbounds float, float* %reg_0, i32 9
  %v56 = load float, float* %v55
  %v57 = getelementptr inbounds float, float* %reg_0, i32 10
  %v58 = load float, float* %v57
  %v59 = getelementptr inbounds float, float* %reg_0, i32 11
  %v60 = load float, float* %v59
  %v61 = getelementptr inbounds float, float* %reg_0, i32 12
  %v62 = load float, float* %v61
  %v63 = getelementptr inbounds float, float* %reg_0, i32 13
  %v64 = load float, float* %v63
  %v65 = getelementptr inbounds float, float* %reg_0, i32 14
  %v66 = load float, float* %v65
  %v67 = getelementptr inbounds float, float* %reg_0, i32 15
  %v68 = load float, float* %v67
  %v69 = shl i32 %v36, 2
  %v70 = add nsw i32 %v18, %v69
  %v71 = add nsw i32 %v70, 12544
  %v72 = getelementptr inbounds float, float* %data1, i32 %v71
  %v73 = load <4 x float>, <4 x float>* %v72
  %v74 = add nsw i32 %v70, 25088
  %v75 = getelementptr inbounds float, float* %data1, i32 %v74
  %v76 = load <4 x float>, <4 x float>* %v75
  %v77 = add nsw i32 %v70, 37632
  %v78 = getelementptr inbounds float, float* %data1, i32 %v77
  %v79 = load <4 x float>, <4 x float>* %v78
  %v80 = getelementptr inbounds float, float* %data1, i32 %v70
  %v81 = load <4 x float>, <4 x float>* %v80
  %v82 = mul i32 %v36, 400
  %v83 = add nsw i32 %v19, %v82
  %v84 = add nsw i32 %v83, 100
  %v85 = getelementptr inbounds float, float* %data2, i32 %v84
  %v86 = load <4 x float>, <4 x float>* %v85
  %v87 = add nsw i32 %v83, 200
  %v88 = getelementptr inbounds float, float* %data2, i32 %v87
  %v89 = load <4 x float>, <4 x float>* %v88
  %v90 = add nsw i32 %v83, 300
  %v91 = getelementptr inbounds float, float* %data2, i32 %v90
  %v92 = load <4 x float>, <4 x float>* %v91
  %v93 = getelementptr inbounds float, float* %data2, i32 %v83
  %v94 = load <4 x float>, <4 x float>* %v93
  %v95 = extractelement <4 x float> %v73, i32 0
  %v96 = extractelement <4 x float> %v73, i32 1
  %v97 = extractelement <4 x float> %v73, i32 2
  %v98 = extractelement <4 x float> %v73, i32 3
  %v99 = extractelement <4 x float> %v76, i32 0
  %v100 = extractelement <4 x float> %v76, i32 1
  %v101 = extractelement <4 x float> %v76, i32 2
  %v102 = extractelement <4 x float> %v76, i32 3
  %v103 = extractelement <4 x float> %v79, i32 0
  %v104 = extractelement <4 x float> %v79, i32 1
  %v105 = extractelement <4 x float> %v79, i32 2
  %v106 = extractelement <4 x float> %v79, i32 3
  %v107 = extractelement <4 x float> %v81, i32 0
  %v108 = extractelement <4 x float> %v81, i32 1
  %v109 = extractelement <4 x float> %v81, i32 2
  %v110 = extractelement <4 x float> %v81, i32 3
  %v111 = extractelement <4 x float> %v86, i32 0
  %v112 = extractelement <4 x float> %v86, i32 1
  %v113 = extractelement <4 x float> %v86, i32 2
  %v114 = extractelement <4 x float> %v86, i32 3
  %v115 = extractelement <4 x float> %v89, i32 0
  %v116 = extractelement <4 x float> %v89, i32 1
  %v117 = extractelement <4 x float> %v89, i32 2
  %v118 = extractelement <4 x float> %v89, i32 3
  %v119 = extractelement <4 x float> %v92, i32 0
  %v120 = extractelement <4 x float> %v92, i32 1
  %v121 = extractelement <4 x float> %v92, i32 2
  %v122 = extractelement <4 x float> %v92, i32 3
  %v123 = extractelement <4 x float> %v94, i32 0
  %v124 = extractelement <4 x float> %v94, i32 1
  %v125 = extractelement <4 x float> %v94, i32 2
  %v126 = extractelement <4 x float> %v94, i32 3
  %v127 = fmul nsz arcp contract afn float %v107, %v123
  %v128 = fmul nsz arcp contract afn float %v108, %v111
  %v129 = fadd nsz arcp contract afn float %v127, %v128
  %v130 = fmul nsz arcp contract afn float %v109, %v115
  %v131 = fadd nsz arcp contract afn float %v129, %v130
  %v132 = fmul nsz arcp contract afn float %v110, %v119
  %v133 = fadd nsz arcp contract afn float %v131, %v132
  %v134 = fadd nsz arcp contract afn float %v38, %v133
  %v135 = fmul nsz arcp contract afn float %v95, %v123
  %v136 = fmul nsz arcp contract afn float %v96, %v111
  %v137 = fadd nsz arcp contract afn float %v135, %v136
  %v138 = fmul nsz arcp contract afn float %v97, %v115
  %v139 = fadd nsz arcp contract afn float %v137, %v138
  %v140 = fmul nsz arcp contract afn float %v98, %v119
  %v141 = fadd nsz arcp contract afn float %v139, %v140
  %v142 = fadd nsz arcp contract afn float %v40, %v141
  %v143 = fmul nsz arcp contract afn float %v99, %v123
  %v144 = fmul nsz arcp contract afn float %v100, %v111
  %v145 = fadd nsz arcp contract afn float %v143, %v144
  %v146 = fmul nsz arcp contract afn float %v101, %v115
  %v147 = fadd nsz arcp contract afn float %v145, %v146
  %v148 = fmul nsz arcp contract afn float %v102, %v119
  %v149 = fadd nsz arcp contract afn float %v147, %v148
  %v150 = fadd nsz arcp contract afn float %v42, %v149
  %v151 = fmul nsz arcp contract afn float %v103, %v123
  %v152 = fmul nsz arcp contract afn float %v104, %v111
  %v153 = fadd nsz arcp contract afn float %v151, %v152
  %v154 = fmul nsz arcp contract afn float %v105, %v115
  %v155 = fadd nsz arcp contract afn float %v153, %v154
  %v156 = fmul nsz arcp contract afn float %v106, %v119
  %v157 = fadd nsz arcp contract afn float %v155, %v156
  %v158 = fadd nsz arcp contract afn float %v44, %v157
  %v159 = fmul nsz arcp contract afn float %v107, %v124
  %v160 = fmul nsz arcp contract afn float %v108, %v112
  %v161 = fadd nsz arcp contract afn float %v159, %v160
  %v162 = fmul nsz arcp contract afn float %v109, %v116
  %v163 = fadd nsz arcp contract afn float %v161, %v162
  %v164 = fmul nsz arcp contract afn float %v110, %v120
  %v165 = fadd nsz arcp contract afn float %v163, %v164
  %v166 = fadd nsz arcp contract afn float %v46, %v165
  %v167 = fmul nsz arcp contract afn float %v95, %v124
  %v168 = fmul nsz arcp contract afn float %v96, %v112
  %v169 = fadd nsz arcp contract afn float %v167, %v168
  %v170 = fmul nsz arcp contract afn float %v97, %v116
  %v171 = fadd nsz arcp contract afn float %v169, %v170
  %v172 = fmul nsz arcp contract afn float %v98, %v120
  %v173 = fadd nsz arcp contract afn float %v171, %v172
  %v174 = fadd nsz arcp contract afn float %v48, %v173
  %v175 = fmul nsz arcp contract afn float %v99, %v124
  %v176 = fmul nsz arcp contract afn float %v100, %v112
  %v177 = fadd nsz arcp contract afn float %v175, %v176
  %v178 = fmul nsz arcp contract afn float %v101, %v116
  %v179 = fadd nsz arcp contract afn float %v177, %v178
  %v180 = fmul nsz arcp contract afn float %v102, %v120
  %v181 = fadd nsz arcp contract afn float %v179, %v180
  %v182 = fadd nsz arcp contract afn float %v50, %v181
  %v183 = fmul nsz arcp contract afn float %v103, %v124
  %v184 = fmul nsz arcp contract afn float %v104, %v112
  %v185 = fadd nsz arcp contract afn float %v183, %v184
  %v186 = fmul nsz arcp contract afn float %v105, %v116
  %v187 = fadd nsz arcp contract afn float %v185, %v186
  %v188 = fmul nsz arcp contract afn float %v106, %v120
  %v189 = fadd nsz arcp contract afn float %v187, %v188
  %v190 = fadd nsz arcp contract afn float %v52, %v189
  %v191 = fmul nsz arcp contract afn float %v107, %v125
  %v192 = fmul nsz arcp contract afn float %v108, %v113
  %v193 = fadd nsz arcp contract afn float %v191, %v192
  %v194 = fmul nsz arcp contract afn float %v109, %v117
  %v195 = fadd nsz arcp contract afn float %v193, %v194
  %v196 = fmul nsz arcp contract afn float %v110, %v121
  %v197 = fadd nsz arcp contract afn float %v195, %v196
  %v198 = fadd nsz arcp contract afn float %v54, %v197
  %v199 = fmul nsz arcp contract afn float %v95, %v125
  %v200 = fmul nsz arcp contract afn float %v96, %v113
  %v201 = fadd nsz arcp contract afn float %v199, %v200
  %v202 = fmul nsz arcp contract afn float %v97, %v117
  %v203 = fadd nsz arcp contract afn float %v201, %v202
  %v204 = fmul nsz arcp contract afn float %v98, %v121
  %v205 = fadd nsz arcp contract afn float %v203, %v204
  %v206 = fadd nsz arcp contract afn float %v56, %v205
  %v207 = fmul nsz arcp contract afn float %v99, %v125
  %v208 = fmul nsz arcp contract afn float %v100, %v113
  %v209 = fadd nsz arcp contract afn float %v207, %v208
  %v210 = fmul nsz arcp contract afn float %v101, %v117
  %v211 = fadd nsz arcp contract afn float %v209, %v210
  %v212 = fmul nsz arcp contract afn float %v102, %v121
  %v213 = fadd nsz arcp contract afn float %v211, %v212
  %v214 = fadd nsz arcp contract afn float %v58, %v213
  %v215 = fmul nsz arcp contract afn float %v103, %v125
  %v216 = fmul nsz arcp contract afn float %v104, %v113
  %v217 = fadd nsz arcp contract afn float %v215, %v216
  %v218 = fmul nsz arcp contract afn float %v105, %v117
  %v219 = fadd nsz arcp contract afn float %v217, %v218
  %v220 = fmul nsz arcp contract afn float %v106, %v121
  %v221 = fadd nsz arcp contract afn float %v219, %v220
  %v222 = fadd nsz arcp contract afn float %v60, %v221
  %v223 = fmul nsz arcp contract afn float %v107, %v126
  %v224 = fmul nsz arcp contract afn float %v108, %v114
  %v225 = fadd nsz arcp contract afn float %v223, %v224
  %v226 = fmul nsz arcp contract afn float %v109, %v118
  %v227 = fadd nsz arcp contract afn float %v225, %v226
  %v228 = fmul nsz arcp contract afn float %v110, %v122
  %v229 = fadd nsz arcp contract afn float %v227, %v228
  %v230 = fadd nsz arcp contract afn float %v62, %v229
  %v231 = fmul nsz arcp contract afn float %v95, %v126
  %v232 = fmul nsz arcp contract afn float %v96, %v114
  %v233 = fadd nsz arcp contract afn float %v231, %v232
  %v234 = fmul nsz arcp contract afn float %v97, %v118
  %v235 = fadd nsz arcp contract afn float %v233, %v234
  %v236 = fmul nsz arcp contract afn float %v98, %v122
  %v237 = fadd nsz arcp contract afn float %v235, %v236
  %v238 = fadd nsz arcp contract afn float %v64, %v237
  %v239 = fmul nsz arcp contract afn float %v99, %v126
  %v240 = fmul nsz arcp contract afn float %v100, %v114
  %v241 = fadd nsz arcp contract afn float %v239, %v240
  %v242 = fmul nsz arcp contract afn float %v101, %v118
  %v243 = fadd nsz arcp contract afn float %v241, %v242
  %v244 = fmul nsz arcp contract afn float %v102, %v122
  %v245 = fadd nsz arcp contract afn float %v243, %v244
  %v246 = fadd nsz arcp contract afn float %v66, %v245
  %v247 = fmul nsz arcp contract afn float %v103, %v126
  %v248 = fmul nsz arcp contract afn float %v104, %v114
  %v249 = fadd nsz arcp contract afn float %v247, %v248
  %v250 = fmul nsz arcp contract afn float %v105, %v118
  %v251 = fadd nsz arcp contract afn float %v249, %v250
  %v252 = fmul nsz arcp contract afn float %v106, %v122
  %v253 = fadd nsz arcp contract afn float %v251, %v252
  %v254 = fadd nsz arcp contract afn float %v68, %v253
  store float %v134, float* %v37
  store float %v142, float* %v39
  store float %v150, float* %v41
  store float %v158, float* %v43
  store float %v166, float* %v45
  store float %v174, float* %v47
  store float %v182, float* %v49
  store float %v190, float* %v51
  store float %v198, float* %v53
  store float %v206, float* %v55
  store float %v214, float* %v57
  store float %v222, float* %v59
  store float %v230, float* %v61
  store float %v238, float* %v63
  store float %v246, float* %v65
  store float %v254, float* %v67
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v272 = getelementptr inbounds float, float* %reg_0, i32 0
  %v273 = load float, float* %v272
  %v274 = getelementptr inbounds float, float* %reg_0, i32 1
  %v275 = load float, float* %v274
  %v276 = getelementptr inbounds float, float* %reg_0, i32 2
  %v277 = load float, float* %v276
  %v278 = getelementptr inbounds float, float* %reg_0, i32 3
  %v279 = load float, float* %v278
  %v280 = getelementptr inbounds float, float* %reg_0, i32 4
  %v281 = load float, float* %v280
  %v282 = getelementptr inbounds float, float* %reg_0, i32 5
  %v283 = load float, float* %v282
  %v284 = getelementptr inbounds float, float* %reg_0, i32 6
  %v285 = load float, float* %v284
  %v286 = getelementptr inbounds float, float* %reg_0, i32 7
  %v287 = load float, float* %v286
  %v288 = getelementptr inbounds float, float* %reg_0, i32 8
  %v289 = load float, float* %v288
  %v290 = getelementptr inbounds float, float* %reg_0, i32 9
  %v291 = load float, float* %v290
  %v292 = getelementptr inbounds float, float* %reg_0, i32 10
  %v293 = load float, float* %v292
  %v294 = getelementptr inbounds float, float* %reg_0, i32 11
  %v295 = load float, float* %v294
  %v296 = getelementptr inbounds float, float* %reg_0, i32 12
  %v297 = load float, float* %v296
  %v298 = getelementptr inbounds float, float* %reg_0, i32 13
  %v299 = load float, float* %v298
  %v300 = getelementptr inbounds float, float* %reg_0, i32 14
  %v301 = load float, float* %v300
  %v302 = getelementptr inbounds float, float* %reg_0, i32 15
  %v303 = load float, float* %v302
  %v304_0 = insertelement <4 x float> poison, float %v273, i32 0
  %v304_1 = insertelement <4 x float> %v304_0, float %v281, i32 1
  %v304_2 = insertelement <4 x float> %v304_1, float %v289, i32 2
  %v304 = insertelement <4 x float> %v304_2, float %v297, i32 3
  %v305_0 = insertelement <4 x float> poison, float %v275, i32 0
  %v305_1 = insertelement <4 x float> %v305_0, float %v283, i32 1
  %v305_2 = insertelement <4 x float> %v305_1, float %v291, i32 2
  %v305 = insertelement <4 x float> %v305_2, float %v299, i32 3
  %v306_0 = insertelement <4 x float> poison, float %v277, i32 0
  %v306_1 = insertelement <4 x float> %v306_0, float %v285, i32 1
  %v306_2 = insertelement <4 x float> %v306_1, float %v293, i32 2
  %v306 = insertelement <4 x float> %v306_2, float %v301, i32 3
  %v307_0 = insertelement <4 x float> poison, float %v279, i32 0
  %v307_1 = insertelement <4 x float> %v307_0, float %v287, i32 1
  %v307_2 = insertelement <4 x float> %v307_1, float %v295, i32 2
  %v307 = insertelement <4 x float> %v307_2, float %v303, i32 3
  %v308 = mul i32 %v1, 400
  %v309 = add nsw i32 %v19, %v308
  %v310 = add nsw i32 %v309, 100
  %v311 = getelementptr inbounds float, float* %data0, i32 %v310
  %v312 = add nsw i32 %v309, 200
  %v313 = getelementptr inbounds float, float* %data0, i32 %v312
  %v314 = add nsw i32 %v309, 300
  %v315 = getelementptr inbounds float, float* %data0, i32 %v314
  %v316 = getelementptr inbounds float, float* %data0, i32 %v309
  store <4 x float> %v305, <4 x float>* %v311
  store <4 x float> %v306, <4 x float>* %v313
  store <4 x float> %v307, <4 x float>* %v315
  store <4 x float> %v304, <4 x float>* %v316
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }