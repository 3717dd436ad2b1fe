define amdgpu_kernel void @E_128_8_16_2_2_7_7(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v5 = mul i32 %v0, 784
  %v6 = mul i32 %v2, 49
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v4, %v7
  %v9 = mul i32 %v1, 6272
  %v10 = add nsw i32 %v8, %v9
  %v11 = add nsw i32 %v10, 42
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = icmp slt i32 %v3, 1
  br label %v14_entry
v14_entry:
  br i1 %v13, label %v14_load, label %v14_exit
v14_load:
  %v14_yes = load float, float* %v12
  br label %v14_exit
v14_exit:
  %v14 = phi float [%v14_yes, %v14_load], [0.0, %v14_entry]
  %v15 = add nsw i32 %v10, 43
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  br label %v17_entry
v17_entry:
  br i1 %v13, label %v17_load, label %v17_exit
v17_load:
  %v17_yes = load float, float* %v16
  br label %v17_exit
v17_exit:
  %v17 = phi float [%v17_yes, %v17_load], [0.0, %v17_entry]
  %v18 = add nsw i32 %v10, 44
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  br label %v20_entry
v20_entry:
  br i1 %v13, label %v20_load, label %v20_exit
v20_load:
  %v20_yes = load float, float* %v19
  br label %v20_exit
v20_exit:
  %v20 = phi float [%v20_yes, %v20_load], [0.0, %v20_entry]
  %v21 = add nsw i32 %v10, 45
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  br label %v23_entry
v23_entry:
  br i1 %v13, label %v23_load, label %v23_exit
v23_load:
  %v23_yes = load float, float* %v22
  br label %v23_exit
v23_exit:
  %v23 = phi float [%v23_yes, %v23_load], [0.0, %v23_entry]
  %v24 = add nsw i32 %v10, 46
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  br label %v26_entry
v26_entry:
  br i1 %v13, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v25
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = add nsw i32 %v10, 47
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  br label %v29_entry
v29_entry:
  br i1 %v13, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load float, float* %v28
  br label %v29_exit
v29_exit:
  %v29 = phi float [%v29_yes, %v29_load], [0.0, %v29_entry]
  %v30 = mul i32 %v3, 7
  %v31 = add nsw i32 %v4, %v30
  %v32 = add nsw i32 %v31, %v7
  %v33 = add nsw i32 %v32, %v9
  %v34 = getelementptr inbounds float, float* %data1, i32 %v33
  %v35 = load float, float* %v34
  %v36 = add nsw i32 %v33, 1
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  %v38 = load float, float* %v37
  %v39 = add nsw i32 %v33, 2
  %v40 = getelementptr inbounds float, float* %data1, i32 %v39
  %v41 = load float, float* %v40
  %v42 = add nsw i32 %v33, 3
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  %v44 = load float, float* %v43
  %v45 = add nsw i32 %v33, 4
  %v46 = getelementptr inbounds float, float* %data1, i32 %v45
  %v47 = load float, float* %v46
  %v48 = add nsw i32 %v33, 5
  %v49 = getelementptr inbounds float, float* %data1, i32 %v48
  %v50 = load float, float* %v49
  %v51 = add nsw i32 %v33, 7
  %v52 = getelementptr inbounds float, float* %data1, i32 %v51
  %v53 = load float, float* %v52
  %v54 = add nsw i32 %v33, 8
  %v55 = getelementptr inbounds float, float* %data1, i32 %v54
  %v56 = load float, float* %v55
  %v57 = add nsw i32 %v33, 9
  %v58 = getelementptr inbounds float, float* %data1, i32 %v57
  %v59 = load float, float* %v58
  %v60 = add nsw i32 %v33, 10
  %v61 = getelementptr inbounds float, float* %data1, i32 %v60
  %v62 = load float, float* %v61
  %v63 = add nsw i32 %v33, 11
  %v64 = getelementptr inbounds float, float* %data1, i32 %v63
  %v65 = load float, float* %v64
  %v66 = add nsw i32 %v33, 12
  %v67 = getelementptr inbounds float, float* %data1, i32 %v66
  %v68 = load float, float* %v67
  %v69 = add nsw i32 %v33, 14
  %v70 = getelementptr inbounds float, float* %data1, i32 %v69
  %v71 = load float, float* %v70
  %v72 = add nsw i32 %v33, 15
  %v73 = getelementptr inbounds float, float* %data1, i32 %v72
  %v74 = load float, float* %v73
  %v75 = add nsw i32 %v33, 16
  %v76 = getelementptr inbounds float, float* %data1, i32 %v75
  %v77 = load float, float* %v76
  %v78 = add nsw i32 %v33, 17
  %v79 = getelementptr inbounds float, float* %data1, i32 %v78
  %v80 = load float, float* %v79
  %v81 = add nsw i32 %v33, 18
  %v82 = getelementptr inbounds float, float* %data1, i32 %v81
  %v83 = load float, float* %v82
  %v84 = add nsw i32 %v33, 19
  %v85 = getelementptr inbounds float, float* %data1, i32 %v84
  %v86 = load float, float* %v85
  %v87 = add nsw i32 %v33, 21
  %v88 = getelementptr inbounds float, float* %data1, i32 %v87
  %v89 = load float, float* %v88
  %v90 = add nsw i32 %v33, 22
  %v91 = getelementptr inbounds float, float* %data1, i32 %v90
  %v92 = load float, float* %v91
  %v93 = add nsw i32 %v33, 23
  %v94 = getelementptr inbounds float, float* %data1, i32 %v93
  %v95 = load float, float* %v94
  %v96 = add nsw i32 %v33, 24
  %v97 = getelementptr inbounds float, float* %data1, i32 %v96
  %v98 = load float, float* %v97
  %v99 = add nsw i32 %v33, 25
  %v100 = getelementptr inbounds float, float* %data1, i32 %v99
  %v101 = load float, float* %v100
  %v102 = add nsw i32 %v33, 26
  %v103 = getelementptr inbounds float, float* %data1, i32 %v102
  %v104 = load float, float* %v103
  %v105 = add nsw i32 %v33, 28
  %v106 = getelementptr inbounds float, float* %data1, i32 %v105
  %v107 = load float, float* %v106
  %v108 = add nsw i32 %v33, 29
  %v109 = getelementptr inbounds float, float* %data1, i32 %v108
  %v110 = load float, float* %v109
  %v111 = add nsw i32 %v33, 30
  %v112 = getelementptr inbounds float, float* %data1, i32 %v111
  %v113 = load float, float* %v112
  %v114 = add nsw i32 %v33, 31
  %v115 = getelementptr inbounds float, float* %data1, i32 %v114
  %v116 = load float, float* %v115
  %v117 = add nsw i32 %v33, 32
  %v118 = getelementptr inbounds float, float* %data1, i32 %v117
  %v119 = load float, float* %v118
  %v120 = add nsw i32 %v33, 33
  %v121 = getelementptr inbounds float, float* %data1, i32 %v120
  %v122 = load float, float* %v121
  %v123 = add nsw i32 %v33, 35
  %v124 = getelementptr inbounds float, float* %data1, i32 %v123
  %v125 = load float, float* %v124
  %v126 = add nsw i32 %v33, 36
  %v127 = getelementptr inbounds float, float* %data1, i32 %v126
  %v128 = load float, float* %v127
  %v129 = add nsw i32 %v33, 37
  %v130 = getelementptr inbounds float, float* %data1, i32 %v129
  %v131 = load float, float* %v130
  %v132 = add nsw i32 %v33, 38
  %v133 = getelementptr inbounds float, float* %data1, i32 %v132
  %v134 = load float, float* %v133
  %v135 = add nsw i32 %v33, 39
  %v136 = getelementptr inbounds float, float* %data1, i32 %v135
  %v137 = load float, float* %v136
  %v138 = add nsw i32 %v33, 40
  %v139 = getelementptr inbounds float, float* %data1, i32 %v138
  %v140 = load float, float* %v139
  %v141 = add nsw i32 %v7, %v30
  %v142 = add nsw i32 %v141, %v9
  %v143 = add nsw i32 %v142, 6
  %v144 = getelementptr inbounds float, float* %data1, i32 %v143
  %v145 = icmp slt i32 %v4, 1
  br label %v146_entry
v146_entry:
  br i1 %v145, label %v146_load, label %v146_exit
v146_load:
  %v146_yes = load float, float* %v144
  br label %v146_exit
v146_exit:
  %v146 = phi float [%v146_yes, %v146_load], [0.0, %v146_entry]
  %v147 = add nsw i32 %v142, 13
  %v148 = getelementptr inbounds float, float* %data1, i32 %v147
  br label %v149_entry
v149_entry:
  br i1 %v145, label %v149_load, label %v149_exit
v149_load:
  %v149_yes = load float, float* %v148
  br label %v149_exit
v149_exit:
  %v149 = phi float [%v149_yes, %v149_load], [0.0, %v149_entry]
  %v150 = add nsw i32 %v142, 20
  %v151 = getelementptr inbounds float, float* %data1, i32 %v150
  br label %v152_entry
v152_entry:
  br i1 %v145, label %v152_load, label %v152_exit
v152_load:
  %v152_yes = load float, float* %v151
  br label %v152_exit
v152_exit:
  %v152 = phi float [%v152_yes, %v152_load], [0.0, %v152_entry]
  %v153 = add nsw i32 %v142, 27
  %v154 = getelementptr inbounds float, float* %data1, i32 %v153
  br label %v155_entry
v155_entry:
  br i1 %v145, label %v155_load, label %v155_exit
v155_load:
  %v155_yes = load float, float* %v154
  br label %v155_exit
v155_exit:
  %v155 = phi float [%v155_yes, %v155_load], [0.0, %v155_entry]
  %v156 = add nsw i32 %v142, 34
  %v157 = getelementptr inbounds float, float* %data1, i32 %v156
  br label %v158_entry
v158_entry:
  br i1 %v145, label %v158_load, label %v158_exit
v158_load:
  %v158_yes = load float, float* %v157
  br label %v158_exit
v158_exit:
  %v158 = phi float [%v158_yes, %v158_load], [0.0, %v158_entry]
  %v159 = add nsw i32 %v142, 41
  %v160 = getelementptr inbounds float, float* %data1, i32 %v159
  br label %v161_entry
v161_entry:
  br i1 %v145, label %v161_load, label %v161_exit
v161_load:
  %v161_yes = load float, float* %v160
  br label %v161_exit
v161_exit:
  %v161 = phi float [%v161_yes, %v161_load], [0.0, %v161_entry]
  %v162 = add nsw i32 %v7, %v9
  %v163 = add nsw i32 %v162, 48
  %v164 = getelementptr inbounds float, float* %data1, i32 %v163
  %v165 = and i1 %v145, %v13
  br label %v166_entry
v166_entry:
  br i1 %v165, label %v166_load, label %v166_exit
v166_load:
  %v166_yes = load float, float* %v164
  br label %v166_exit
v166_exit:
  %v166 = phi float [%v166_yes, %v166_load], [0.0, %v166_entry]
  %v167 = shl i32 %v0, 6
  %v168 = shl i32 %v2, 2
  %v169 = add nsw i32 %v167, %v168
  %v170 = shl i32 %v3, 1
  %v171 = add nsw i32 %v169, %v170
  %v172 = add nsw i32 %v4, %v171
  %v173 = mul i32 %v1, 25088
  %v174 = add nsw i32 %v172, %v173
  %v175 = getelementptr inbounds float, float* %data0, i32 %v174
  %v176 = add nsw i32 %v174, 512
  %v177 = getelementptr inbounds float, float* %data0, i32 %v176
  %v178 = add nsw i32 %v174, 1024
  %v179 = getelementptr inbounds float, float* %data0, i32 %v178
  %v180 = add nsw i32 %v174, 1536
  %v181 = getelementptr inbounds float, float* %data0, i32 %v180
  %v182 = add nsw i32 %v174, 2048
  %v183 = getelementptr inbounds float, float* %data0, i32 %v182
  %v184 = add nsw i32 %v174, 2560
  %v185 = getelementptr inbounds float, float* %data0, i32 %v184
  %v186 = add nsw i32 %v174, 3072
  %v187 = getelementptr inbounds float, float* %data0, i32 %v186
  %v188 = add nsw i32 %v174, 3584
  %v189 = getelementptr inbounds float, float* %data0, i32 %v188
  %v190 = add nsw i32 %v174, 4096
  %v191 = getelementptr inbounds float, float* %data0, i32 %v190
  %v192 = add nsw i32 %v174, 4608
  %v193 = getelementptr inbounds float, float* %data0, i32 %v192
  %v194 = add nsw i32 %v174, 5120
  %v195 = getelementptr inbounds float, float* %data0, i32 %v194
  %v196 = add nsw i32 %v174, 5632
  %v197 = getelementptr inbounds float, float* %data0, i32 %v196
  %v198 = add nsw i32 %v174, 6144
  %v199 = getelementptr inbounds float, float* %data0, i32 %v198
  %v200 = add nsw i32 %v174, 6656
  %v201 = getelementptr inbounds float, float* %data0, i32 %v200
  %v202 = add nsw i32 %v174, 7168
  %v203 = getelementptr inbounds float, float* %data0, i32 %v202
  %v204 = add nsw i32 %v174, 7680
  %v205 = getelementptr inbounds float, float* %data0, i32 %v204
  %v206 = add nsw i32 %v174, 8192
  %v207 = getelementptr inbounds float, float* %data0, i32 %v206
  %v208 = add nsw i32 %v174, 8704
  %v209 = getelementptr inbounds float, float* %data0, i32 %v208
  %v210 = add nsw i32 %v174, 9216
  %v211 = getelementptr inbounds float, float* %data0, i32 %v210
  %v212 = add nsw i32 %v174, 9728
  %v213 = getelementptr inbounds float, float* %data0, i32 %v212
  %v214 = add nsw i32 %v174, 10240
  %v215 = getelementptr inbounds float, float* %data0, i32 %v214
  %v216 = add nsw i32 %v174, 10752
  %v217 = getelementptr inbounds float, float* %data0, i32 %v216
  %v218 = add nsw i32 %v174, 11264
  %v219 = getelementptr inbounds float, float* %data0, i32 %v218
  %v220 = add nsw i32 %v174, 11776
  %v221 = getelementptr inbounds float, float* %data0, i32 %v220
  %v222 = add nsw i32 %v174, 12288
  %v223 = getelementptr inbounds float, float* %data0, i32 %v222
  %v224 = add nsw i32 %v174, 12800
  %v225 = getelementptr inbounds float, float* %data0, i32 %v224
  %v226 = add nsw i32 %v174, 13312
  %v227 = getelementptr inbounds float, float* %data0, i32 %v226
  %v228 = add nsw i32 %v174, 13824
  %v229 = getelementptr inbounds float, float* %data0, i32 %v228
  %v230 = add nsw i32 %v174, 14336
  %v231 = getelementptr inbounds float, float* %data0, i32 %v230
  %v232 = add nsw i32 %v174, 14848
  %v233 = getelementptr inbounds float, float* %data0, i32 %v232
  %v234 = add nsw i32 %v174, 15360
  %v235 = getelementptr inbounds float, float* %data0, i32 %v234
  %v236 = add nsw i32 %v174, 15872
  %v237 = getelementptr inbounds float, float* %data0, i32 %v236
  %v238 = add nsw i32 %v174, 16384
  %v239 = getelementptr inbounds float, float* %data0, i32 %v238
  %v240 = add nsw i32 %v174, 16896
  %v241 = getelementptr inbounds float, float* %data0, i32 %v240
  %v242 = add nsw i32 %v174, 17408
  %v243 = getelementptr inbounds float, float* %data0, i32 %v242
  %v244 = add nsw i32 %v174, 17920
  %v245 = getelementptr inbounds float, float* %data0, i32 %v244
  %v246 = add nsw i32 %v174, 18432
  %v247 = getelementptr inbounds float, float* %data0, i32 %v246
  %v248 = add nsw i32 %v174, 18944
  %v249 = getelementptr inbounds float, float* %data0, i32 %v248
  %v250 = add nsw i32 %v174, 19456
  %v251 = getelementptr inbounds float, float* %data0, i32 %v250
  %v252 = add nsw i32 %v174, 19968
  %v253 = getelementptr inbounds float, float* %data0, i32 %v252
  %v254 = add nsw i32 %v174, 20480
  %v255 = getelementptr inbounds float, float* %data0, i32 %v254
  %v256 = add nsw i32 %v174, 20992
  %v257 = getelementptr inbounds float, float* %data0, i32 %v256
  %v258 = add nsw i32 %v174, 21504
  %v259 = getelementptr inbounds float, float* %data0, i32 %v258
  %v260 = add nsw i32 %v174, 22016
  %v261 = getelementptr inbounds float, float* %data0, i32 %v260
  %v262 = add nsw i32 %v174, 22528
  %v263 = getelementptr inbounds float, float* %data0, i32 %v262
  %v264 = add nsw i32 %v174, 23040
  %v265 = getelementptr inbounds float, float* %data0, i32 %v264
  %v266 = add nsw i32 %v174, 23552
  %v267 = getelementptr inbounds float, float* %data0, i32 %v266
  %v268 = add nsw i32 %v174, 24064
  %v269 = getelementptr inbounds float, float* %data0, i32 %v268
  %v270 = add nsw i32 %v174, 24576
  %v271 = getelementptr inbounds float, float* %data0, i32 %v270
  store float %v35, float* %v175
  store float %v38, float* %v177
  store float %v41, float* %v179
  store float %v44, float* %v181
  store float %v47, float* %v183
  store float %v50, float* %v185
  store float %v146, float* %v187
  store float %v53, float* %v189
  store float %v56, float* %v191
  store float %v59, float* %v193
  store float %v62, float* %v195
  store float %v65, float* %v197
  store float %v68, float* %v199
  store float %v149, float* %v201
  store float %v71, float* %v203
  store float %v74, float* %v205
  store float %v77, float* %v207
  store float %v80, float* %v209
  store float %v83, float* %v211
  store float %v86, float* %v213
  store float %v152, float* %v215
  store float %v89, float* %v217
  store float %v92, float* %v219
  store float %v95, float* %v221
  store float %v98, float* %v223
  store float %v101, float* %v225
  store float %v104, float* %v227
  store float %v155, float* %v229
  store float %v107, float* %v231
  store float %v110, float* %v233
  store float %v113, float* %v235
  store float %v116, float* %v237
  store float %v119, float* %v239
  store float %v122, float* %v241
  store float %v158, float* %v243
  store float %v125, float* %v245
  store float %v128, float* %v247
  store float %v131, float* %v249
  store float %v134, float* %v251
  store float %v137, float* %v253
  store float %v140, float* %v255
  store float %v161, float* %v257
  store float %v14, float* %v259
  store float %v17, float* %v261
  store float %v20, float* %v263
  store float %v23, float* %v265
  store float %v26, float* %v267
  store float %v29, float* %v269
  store float %v166, float* %v271
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }