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
  %v143 = add nsw i32 %v142, 7
  %v144 = getelementptr inbounds float, float* %data1, i32 %v143
  %v145 = icmp slt i32 0, %v4
  br label %v146_entry
v146_entry:
  br i1 %v145, label %v146_load, label %v146_exit
v146_load:
  %v146_yes = load float, float* %v144
  br label %v146_exit
v146_exit:
  %v146 = phi float [%v146_yes, %v146_load], [0.0, %v146_entry]
  %v147 = add nsw i32 %v142, 14
  %v148 = getelementptr inbounds float, float* %data1, i32 %v147
  br label %v149_entry
v149_entry:
  br i1 %v145, label %v149_load, label %v149_exit
v149_load:
  %v149_yes = load float, float* %v148
  br label %v149_exit
v149_exit:
  %v149 = phi float [%v149_yes, %v149_load], [0.0, %v149_entry]
  %v150 = add nsw i32 %v142, 21
  %v151 = getelementptr inbounds float, float* %data1, i32 %v150
  br label %v152_entry
v152_entry:
  br i1 %v145, label %v152_load, label %v152_exit
v152_load:
  %v152_yes = load float, float* %v151
  br label %v152_exit
v152_exit:
  %v152 = phi float [%v152_yes, %v152_load], [0.0, %v152_entry]
  %v153 = add nsw i32 %v142, 28
  %v154 = getelementptr inbounds float, float* %data1, i32 %v153
  br label %v155_entry
v155_entry:
  br i1 %v145, label %v155_load, label %v155_exit
v155_load:
  %v155_yes = load float, float* %v154
  br label %v155_exit
v155_exit:
  %v155 = phi float [%v155_yes, %v155_load], [0.0, %v155_entry]
  %v156 = add nsw i32 %v142, 35
  %v157 = getelementptr inbounds float, float* %data1, i32 %v156
  br label %v158_entry
v158_entry:
  br i1 %v145, label %v158_load, label %v158_exit
v158_load:
  %v158_yes = load float, float* %v157
  br label %v158_exit
v158_exit:
  %v158 = phi float [%v158_yes, %v158_load], [0.0, %v158_entry]
  %v159 = add nsw i32 %v7, %v9
  %v160 = add nsw i32 %v159, 42
  %v161 = getelementptr inbounds float, float* %data1, i32 %v160
  %v162 = and i1 %v145, %v13
  br label %v163_entry
v163_entry:
  br i1 %v162, label %v163_load, label %v163_exit
v163_load:
  %v163_yes = load float, float* %v161
  br label %v163_exit
v163_exit:
  %v163 = phi float [%v163_yes, %v163_load], [0.0, %v163_entry]
  %v164 = getelementptr inbounds float, float* %data1, i32 %v142
  br label %v165_entry
v165_entry:
  br i1 %v145, label %v165_load, label %v165_exit
v165_load:
  %v165_yes = load float, float* %v164
  br label %v165_exit
v165_exit:
  %v165 = phi float [%v165_yes, %v165_load], [0.0, %v165_entry]
  %v166 = shl i32 %v0, 6
  %v167 = shl i32 %v2, 2
  %v168 = add nsw i32 %v166, %v167
  %v169 = shl i32 %v3, 1
  %v170 = add nsw i32 %v168, %v169
  %v171 = add nsw i32 %v4, %v170
  %v172 = mul i32 %v1, 25088
  %v173 = add nsw i32 %v171, %v172
  %v174 = getelementptr inbounds float, float* %data0, i32 %v173
  %v175 = add nsw i32 %v173, 512
  %v176 = getelementptr inbounds float, float* %data0, i32 %v175
  %v177 = add nsw i32 %v173, 1024
  %v178 = getelementptr inbounds float, float* %data0, i32 %v177
  %v179 = add nsw i32 %v173, 1536
  %v180 = getelementptr inbounds float, float* %data0, i32 %v179
  %v181 = add nsw i32 %v173, 2048
  %v182 = getelementptr inbounds float, float* %data0, i32 %v181
  %v183 = add nsw i32 %v173, 2560
  %v184 = getelementptr inbounds float, float* %data0, i32 %v183
  %v185 = add nsw i32 %v173, 3072
  %v186 = getelementptr inbounds float, float* %data0, i32 %v185
  %v187 = add nsw i32 %v173, 3584
  %v188 = getelementptr inbounds float, float* %data0, i32 %v187
  %v189 = add nsw i32 %v173, 4096
  %v190 = getelementptr inbounds float, float* %data0, i32 %v189
  %v191 = add nsw i32 %v173, 4608
  %v192 = getelementptr inbounds float, float* %data0, i32 %v191
  %v193 = add nsw i32 %v173, 5120
  %v194 = getelementptr inbounds float, float* %data0, i32 %v193
  %v195 = add nsw i32 %v173, 5632
  %v196 = getelementptr inbounds float, float* %data0, i32 %v195
  %v197 = add nsw i32 %v173, 6144
  %v198 = getelementptr inbounds float, float* %data0, i32 %v197
  %v199 = add nsw i32 %v173, 6656
  %v200 = getelementptr inbounds float, float* %data0, i32 %v199
  %v201 = add nsw i32 %v173, 7168
  %v202 = getelementptr inbounds float, float* %data0, i32 %v201
  %v203 = add nsw i32 %v173, 7680
  %v204 = getelementptr inbounds float, float* %data0, i32 %v203
  %v205 = add nsw i32 %v173, 8192
  %v206 = getelementptr inbounds float, float* %data0, i32 %v205
  %v207 = add nsw i32 %v173, 8704
  %v208 = getelementptr inbounds float, float* %data0, i32 %v207
  %v209 = add nsw i32 %v173, 9216
  %v210 = getelementptr inbounds float, float* %data0, i32 %v209
  %v211 = add nsw i32 %v173, 9728
  %v212 = getelementptr inbounds float, float* %data0, i32 %v211
  %v213 = add nsw i32 %v173, 10240
  %v214 = getelementptr inbounds float, float* %data0, i32 %v213
  %v215 = add nsw i32 %v173, 10752
  %v216 = getelementptr inbounds float, float* %data0, i32 %v215
  %v217 = add nsw i32 %v173, 11264
  %v218 = getelementptr inbounds float, float* %data0, i32 %v217
  %v219 = add nsw i32 %v173, 11776
  %v220 = getelementptr inbounds float, float* %data0, i32 %v219
  %v221 = add nsw i32 %v173, 12288
  %v222 = getelementptr inbounds float, float* %data0, i32 %v221
  %v223 = add nsw i32 %v173, 12800
  %v224 = getelementptr inbounds float, float* %data0, i32 %v223
  %v225 = add nsw i32 %v173, 13312
  %v226 = getelementptr inbounds float, float* %data0, i32 %v225
  %v227 = add nsw i32 %v173, 13824
  %v228 = getelementptr inbounds float, float* %data0, i32 %v227
  %v229 = add nsw i32 %v173, 14336
  %v230 = getelementptr inbounds float, float* %data0, i32 %v229
  %v231 = add nsw i32 %v173, 14848
  %v232 = getelementptr inbounds float, float* %data0, i32 %v231
  %v233 = add nsw i32 %v173, 15360
  %v234 = getelementptr inbounds float, float* %data0, i32 %v233
  %v235 = add nsw i32 %v173, 15872
  %v236 = getelementptr inbounds float, float* %data0, i32 %v235
  %v237 = add nsw i32 %v173, 16384
  %v238 = getelementptr inbounds float, float* %data0, i32 %v237
  %v239 = add nsw i32 %v173, 16896
  %v240 = getelementptr inbounds float, float* %data0, i32 %v239
  %v241 = add nsw i32 %v173, 17408
  %v242 = getelementptr inbounds float, float* %data0, i32 %v241
  %v243 = add nsw i32 %v173, 17920
  %v244 = getelementptr inbounds float, float* %data0, i32 %v243
  %v245 = add nsw i32 %v173, 18432
  %v246 = getelementptr inbounds float, float* %data0, i32 %v245
  %v247 = add nsw i32 %v173, 18944
  %v248 = getelementptr inbounds float, float* %data0, i32 %v247
  %v249 = add nsw i32 %v173, 19456
  %v250 = getelementptr inbounds float, float* %data0, i32 %v249
  %v251 = add nsw i32 %v173, 19968
  %v252 = getelementptr inbounds float, float* %data0, i32 %v251
  %v253 = add nsw i32 %v173, 20480
  %v254 = getelementptr inbounds float, float* %data0, i32 %v253
  %v255 = add nsw i32 %v173, 20992
  %v256 = getelementptr inbounds float, float* %data0, i32 %v255
  %v257 = add nsw i32 %v173, 21504
  %v258 = getelementptr inbounds float, float* %data0, i32 %v257
  %v259 = add nsw i32 %v173, 22016
  %v260 = getelementptr inbounds float, float* %data0, i32 %v259
  %v261 = add nsw i32 %v173, 22528
  %v262 = getelementptr inbounds float, float* %data0, i32 %v261
  %v263 = add nsw i32 %v173, 23040
  %v264 = getelementptr inbounds float, float* %data0, i32 %v263
  %v265 = add nsw i32 %v173, 23552
  %v266 = getelementptr inbounds float, float* %data0, i32 %v265
  %v267 = add nsw i32 %v173, 24064
  %v268 = getelementptr inbounds float, float* %data0, i32 %v267
  %v269 = add nsw i32 %v173, 24576
  %v270 = getelementptr inbounds float, float* %data0, i32 %v269
  store float %v165, float* %v174
  store float %v35, float* %v176
  store float %v38, float* %v178
  store float %v41, float* %v180
  store float %v44, float* %v182
  store float %v47, float* %v184
  store float %v50, float* %v186
  store float %v146, float* %v188
  store float %v53, float* %v190
  store float %v56, float* %v192
  store float %v59, float* %v194
  store float %v62, float* %v196
  store float %v65, float* %v198
  store float %v68, float* %v200
  store float %v149, float* %v202
  store float %v71, float* %v204
  store float %v74, float* %v206
  store float %v77, float* %v208
  store float %v80, float* %v210
  store float %v83, float* %v212
  store float %v86, float* %v214
  store float %v152, float* %v216
  store float %v89, float* %v218
  store float %v92, float* %v220
  store float %v95, float* %v222
  store float %v98, float* %v224
  store float %v101, float* %v226
  store float %v104, float* %v228
  store float %v155, float* %v230
  store float %v107, float* %v232
  store float %v110, float* %v234
  store float %v113, float* %v236
  store float %v116, float* %v238
  store float %v119, float* %v240
  store float %v122, float* %v242
  store float %v158, float* %v244
  store float %v125, float* %v246
  store float %v128, float* %v248
  store float %v131, float* %v250
  store float %v134, float* %v252
  store float %v137, float* %v254
  store float %v140, float* %v256
  store float %v163, float* %v258
  store float %v14, float* %v260
  store float %v17, float* %v262
  store float %v20, float* %v264
  store float %v23, float* %v266
  store float %v26, float* %v268
  store float %v29, float* %v270
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }