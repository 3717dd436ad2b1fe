define amdgpu_kernel void @E_128_4_16_2_2_7_7(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
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
  %v9 = mul i32 %v1, 3136
  %v10 = add nsw i32 %v8, %v9
  %v11 = getelementptr inbounds float, float* %data1, i32 %v10
  %v12 = icmp slt i32 0, %v3
  br label %v13_entry
v13_entry:
  br i1 %v12, label %v13_load, label %v13_exit
v13_load:
  %v13_yes = load float, float* %v11
  br label %v13_exit
v13_exit:
  %v13 = phi float [%v13_yes, %v13_load], [0.0, %v13_entry]
  %v14 = add nsw i32 %v10, 1
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  br label %v16_entry
v16_entry:
  br i1 %v12, label %v16_load, label %v16_exit
v16_load:
  %v16_yes = load float, float* %v15
  br label %v16_exit
v16_exit:
  %v16 = phi float [%v16_yes, %v16_load], [0.0, %v16_entry]
  %v17 = add nsw i32 %v10, 2
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  br label %v19_entry
v19_entry:
  br i1 %v12, label %v19_load, label %v19_exit
v19_load:
  %v19_yes = load float, float* %v18
  br label %v19_exit
v19_exit:
  %v19 = phi float [%v19_yes, %v19_load], [0.0, %v19_entry]
  %v20 = add nsw i32 %v10, 3
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  br label %v22_entry
v22_entry:
  br i1 %v12, label %v22_load, label %v22_exit
v22_load:
  %v22_yes = load float, float* %v21
  br label %v22_exit
v22_exit:
  %v22 = phi float [%v22_yes, %v22_load], [0.0, %v22_entry]
  %v23 = add nsw i32 %v10, 4
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  br label %v25_entry
v25_entry:
  br i1 %v12, label %v25_load, label %v25_exit
v25_load:
  %v25_yes = load float, float* %v24
  br label %v25_exit
v25_exit:
  %v25 = phi float [%v25_yes, %v25_load], [0.0, %v25_entry]
  %v26 = add nsw i32 %v10, 5
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  br label %v28_entry
v28_entry:
  br i1 %v12, label %v28_load, label %v28_exit
v28_load:
  %v28_yes = load float, float* %v27
  br label %v28_exit
v28_exit:
  %v28 = phi float [%v28_yes, %v28_load], [0.0, %v28_entry]
  %v29 = mul i32 %v3, 7
  %v30 = add nsw i32 %v4, %v29
  %v31 = add nsw i32 %v30, %v7
  %v32 = add nsw i32 %v31, %v9
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = load float, float* %v33
  %v35 = add nsw i32 %v32, 1
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v32, 2
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v32, 3
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v32, 4
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v32, 5
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v32, 7
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v32, 8
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v32, 9
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = add nsw i32 %v32, 10
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load float, float* %v60
  %v62 = add nsw i32 %v32, 11
  %v63 = getelementptr inbounds float, float* %data1, i32 %v62
  %v64 = load float, float* %v63
  %v65 = add nsw i32 %v32, 12
  %v66 = getelementptr inbounds float, float* %data1, i32 %v65
  %v67 = load float, float* %v66
  %v68 = add nsw i32 %v32, 14
  %v69 = getelementptr inbounds float, float* %data1, i32 %v68
  %v70 = load float, float* %v69
  %v71 = add nsw i32 %v32, 15
  %v72 = getelementptr inbounds float, float* %data1, i32 %v71
  %v73 = load float, float* %v72
  %v74 = add nsw i32 %v32, 16
  %v75 = getelementptr inbounds float, float* %data1, i32 %v74
  %v76 = load float, float* %v75
  %v77 = add nsw i32 %v32, 17
  %v78 = getelementptr inbounds float, float* %data1, i32 %v77
  %v79 = load float, float* %v78
  %v80 = add nsw i32 %v32, 18
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  %v82 = load float, float* %v81
  %v83 = add nsw i32 %v32, 19
  %v84 = getelementptr inbounds float, float* %data1, i32 %v83
  %v85 = load float, float* %v84
  %v86 = add nsw i32 %v32, 21
  %v87 = getelementptr inbounds float, float* %data1, i32 %v86
  %v88 = load float, float* %v87
  %v89 = add nsw i32 %v32, 22
  %v90 = getelementptr inbounds float, float* %data1, i32 %v89
  %v91 = load float, float* %v90
  %v92 = add nsw i32 %v32, 23
  %v93 = getelementptr inbounds float, float* %data1, i32 %v92
  %v94 = load float, float* %v93
  %v95 = add nsw i32 %v32, 24
  %v96 = getelementptr inbounds float, float* %data1, i32 %v95
  %v97 = load float, float* %v96
  %v98 = add nsw i32 %v32, 25
  %v99 = getelementptr inbounds float, float* %data1, i32 %v98
  %v100 = load float, float* %v99
  %v101 = add nsw i32 %v32, 26
  %v102 = getelementptr inbounds float, float* %data1, i32 %v101
  %v103 = load float, float* %v102
  %v104 = add nsw i32 %v32, 28
  %v105 = getelementptr inbounds float, float* %data1, i32 %v104
  %v106 = load float, float* %v105
  %v107 = add nsw i32 %v32, 29
  %v108 = getelementptr inbounds float, float* %data1, i32 %v107
  %v109 = load float, float* %v108
  %v110 = add nsw i32 %v32, 30
  %v111 = getelementptr inbounds float, float* %data1, i32 %v110
  %v112 = load float, float* %v111
  %v113 = add nsw i32 %v32, 31
  %v114 = getelementptr inbounds float, float* %data1, i32 %v113
  %v115 = load float, float* %v114
  %v116 = add nsw i32 %v32, 32
  %v117 = getelementptr inbounds float, float* %data1, i32 %v116
  %v118 = load float, float* %v117
  %v119 = add nsw i32 %v32, 33
  %v120 = getelementptr inbounds float, float* %data1, i32 %v119
  %v121 = load float, float* %v120
  %v122 = add nsw i32 %v32, 35
  %v123 = getelementptr inbounds float, float* %data1, i32 %v122
  %v124 = load float, float* %v123
  %v125 = add nsw i32 %v32, 36
  %v126 = getelementptr inbounds float, float* %data1, i32 %v125
  %v127 = load float, float* %v126
  %v128 = add nsw i32 %v32, 37
  %v129 = getelementptr inbounds float, float* %data1, i32 %v128
  %v130 = load float, float* %v129
  %v131 = add nsw i32 %v32, 38
  %v132 = getelementptr inbounds float, float* %data1, i32 %v131
  %v133 = load float, float* %v132
  %v134 = add nsw i32 %v32, 39
  %v135 = getelementptr inbounds float, float* %data1, i32 %v134
  %v136 = load float, float* %v135
  %v137 = add nsw i32 %v32, 40
  %v138 = getelementptr inbounds float, float* %data1, i32 %v137
  %v139 = load float, float* %v138
  %v140 = add nsw i32 %v7, %v29
  %v141 = add nsw i32 %v140, %v9
  %v142 = add nsw i32 %v141, 6
  %v143 = getelementptr inbounds float, float* %data1, i32 %v142
  %v144 = icmp slt i32 %v4, 1
  br label %v145_entry
v145_entry:
  br i1 %v144, label %v145_load, label %v145_exit
v145_load:
  %v145_yes = load float, float* %v143
  br label %v145_exit
v145_exit:
  %v145 = phi float [%v145_yes, %v145_load], [0.0, %v145_entry]
  %v146 = add nsw i32 %v141, 13
  %v147 = getelementptr inbounds float, float* %data1, i32 %v146
  br label %v148_entry
v148_entry:
  br i1 %v144, label %v148_load, label %v148_exit
v148_load:
  %v148_yes = load float, float* %v147
  br label %v148_exit
v148_exit:
  %v148 = phi float [%v148_yes, %v148_load], [0.0, %v148_entry]
  %v149 = add nsw i32 %v141, 20
  %v150 = getelementptr inbounds float, float* %data1, i32 %v149
  br label %v151_entry
v151_entry:
  br i1 %v144, label %v151_load, label %v151_exit
v151_load:
  %v151_yes = load float, float* %v150
  br label %v151_exit
v151_exit:
  %v151 = phi float [%v151_yes, %v151_load], [0.0, %v151_entry]
  %v152 = add nsw i32 %v141, 27
  %v153 = getelementptr inbounds float, float* %data1, i32 %v152
  br label %v154_entry
v154_entry:
  br i1 %v144, label %v154_load, label %v154_exit
v154_load:
  %v154_yes = load float, float* %v153
  br label %v154_exit
v154_exit:
  %v154 = phi float [%v154_yes, %v154_load], [0.0, %v154_entry]
  %v155 = add nsw i32 %v141, 34
  %v156 = getelementptr inbounds float, float* %data1, i32 %v155
  br label %v157_entry
v157_entry:
  br i1 %v144, label %v157_load, label %v157_exit
v157_load:
  %v157_yes = load float, float* %v156
  br label %v157_exit
v157_exit:
  %v157 = phi float [%v157_yes, %v157_load], [0.0, %v157_entry]
  %v158 = add nsw i32 %v141, 41
  %v159 = getelementptr inbounds float, float* %data1, i32 %v158
  br label %v160_entry
v160_entry:
  br i1 %v144, label %v160_load, label %v160_exit
v160_load:
  %v160_yes = load float, float* %v159
  br label %v160_exit
v160_exit:
  %v160 = phi float [%v160_yes, %v160_load], [0.0, %v160_entry]
  %v161 = add nsw i32 %v7, %v9
  %v162 = add nsw i32 %v161, 6
  %v163 = getelementptr inbounds float, float* %data1, i32 %v162
  %v164 = and i1 %v12, %v144
  br label %v165_entry
v165_entry:
  br i1 %v164, label %v165_load, label %v165_exit
v165_load:
  %v165_yes = load float, float* %v163
  br label %v165_exit
v165_exit:
  %v165 = phi float [%v165_yes, %v165_load], [0.0, %v165_entry]
  %v166 = shl i32 %v0, 6
  %v167 = shl i32 %v2, 2
  %v168 = add nsw i32 %v166, %v167
  %v169 = shl i32 %v3, 1
  %v170 = add nsw i32 %v168, %v169
  %v171 = add nsw i32 %v4, %v170
  %v172 = mul i32 %v1, 12544
  %v173 = add nsw i32 %v171, %v172
  %v174 = getelementptr inbounds float, float* %data0, i32 %v173
  %v175 = add nsw i32 %v173, 256
  %v176 = getelementptr inbounds float, float* %data0, i32 %v175
  %v177 = add nsw i32 %v173, 512
  %v178 = getelementptr inbounds float, float* %data0, i32 %v177
  %v179 = add nsw i32 %v173, 768
  %v180 = getelementptr inbounds float, float* %data0, i32 %v179
  %v181 = add nsw i32 %v173, 1024
  %v182 = getelementptr inbounds float, float* %data0, i32 %v181
  %v183 = add nsw i32 %v173, 1280
  %v184 = getelementptr inbounds float, float* %data0, i32 %v183
  %v185 = add nsw i32 %v173, 1536
  %v186 = getelementptr inbounds float, float* %data0, i32 %v185
  %v187 = add nsw i32 %v173, 1792
  %v188 = getelementptr inbounds float, float* %data0, i32 %v187
  %v189 = add nsw i32 %v173, 2048
  %v190 = getelementptr inbounds float, float* %data0, i32 %v189
  %v191 = add nsw i32 %v173, 2304
  %v192 = getelementptr inbounds float, float* %data0, i32 %v191
  %v193 = add nsw i32 %v173, 2560
  %v194 = getelementptr inbounds float, float* %data0, i32 %v193
  %v195 = add nsw i32 %v173, 2816
  %v196 = getelementptr inbounds float, float* %data0, i32 %v195
  %v197 = add nsw i32 %v173, 3072
  %v198 = getelementptr inbounds float, float* %data0, i32 %v197
  %v199 = add nsw i32 %v173, 3328
  %v200 = getelementptr inbounds float, float* %data0, i32 %v199
  %v201 = add nsw i32 %v173, 3584
  %v202 = getelementptr inbounds float, float* %data0, i32 %v201
  %v203 = add nsw i32 %v173, 3840
  %v204 = getelementptr inbounds float, float* %data0, i32 %v203
  %v205 = add nsw i32 %v173, 4096
  %v206 = getelementptr inbounds float, float* %data0, i32 %v205
  %v207 = add nsw i32 %v173, 4352
  %v208 = getelementptr inbounds float, float* %data0, i32 %v207
  %v209 = add nsw i32 %v173, 4608
  %v210 = getelementptr inbounds float, float* %data0, i32 %v209
  %v211 = add nsw i32 %v173, 4864
  %v212 = getelementptr inbounds float, float* %data0, i32 %v211
  %v213 = add nsw i32 %v173, 5120
  %v214 = getelementptr inbounds float, float* %data0, i32 %v213
  %v215 = add nsw i32 %v173, 5376
  %v216 = getelementptr inbounds float, float* %data0, i32 %v215
  %v217 = add nsw i32 %v173, 5632
  %v218 = getelementptr inbounds float, float* %data0, i32 %v217
  %v219 = add nsw i32 %v173, 5888
  %v220 = getelementptr inbounds float, float* %data0, i32 %v219
  %v221 = add nsw i32 %v173, 6144
  %v222 = getelementptr inbounds float, float* %data0, i32 %v221
  %v223 = add nsw i32 %v173, 6400
  %v224 = getelementptr inbounds float, float* %data0, i32 %v223
  %v225 = add nsw i32 %v173, 6656
  %v226 = getelementptr inbounds float, float* %data0, i32 %v225
  %v227 = add nsw i32 %v173, 6912
  %v228 = getelementptr inbounds float, float* %data0, i32 %v227
  %v229 = add nsw i32 %v173, 7168
  %v230 = getelementptr inbounds float, float* %data0, i32 %v229
  %v231 = add nsw i32 %v173, 7424
  %v232 = getelementptr inbounds float, float* %data0, i32 %v231
  %v233 = add nsw i32 %v173, 7680
  %v234 = getelementptr inbounds float, float* %data0, i32 %v233
  %v235 = add nsw i32 %v173, 7936
  %v236 = getelementptr inbounds float, float* %data0, i32 %v235
  %v237 = add nsw i32 %v173, 8192
  %v238 = getelementptr inbounds float, float* %data0, i32 %v237
  %v239 = add nsw i32 %v173, 8448
  %v240 = getelementptr inbounds float, float* %data0, i32 %v239
  %v241 = add nsw i32 %v173, 8704
  %v242 = getelementptr inbounds float, float* %data0, i32 %v241
  %v243 = add nsw i32 %v173, 8960
  %v244 = getelementptr inbounds float, float* %data0, i32 %v243
  %v245 = add nsw i32 %v173, 9216
  %v246 = getelementptr inbounds float, float* %data0, i32 %v245
  %v247 = add nsw i32 %v173, 9472
  %v248 = getelementptr inbounds float, float* %data0, i32 %v247
  %v249 = add nsw i32 %v173, 9728
  %v250 = getelementptr inbounds float, float* %data0, i32 %v249
  %v251 = add nsw i32 %v173, 9984
  %v252 = getelementptr inbounds float, float* %data0, i32 %v251
  %v253 = add nsw i32 %v173, 10240
  %v254 = getelementptr inbounds float, float* %data0, i32 %v253
  %v255 = add nsw i32 %v173, 10496
  %v256 = getelementptr inbounds float, float* %data0, i32 %v255
  %v257 = add nsw i32 %v173, 10752
  %v258 = getelementptr inbounds float, float* %data0, i32 %v257
  %v259 = add nsw i32 %v173, 11008
  %v260 = getelementptr inbounds float, float* %data0, i32 %v259
  %v261 = add nsw i32 %v173, 11264
  %v262 = getelementptr inbounds float, float* %data0, i32 %v261
  %v263 = add nsw i32 %v173, 11520
  %v264 = getelementptr inbounds float, float* %data0, i32 %v263
  %v265 = add nsw i32 %v173, 11776
  %v266 = getelementptr inbounds float, float* %data0, i32 %v265
  %v267 = add nsw i32 %v173, 12032
  %v268 = getelementptr inbounds float, float* %data0, i32 %v267
  %v269 = add nsw i32 %v173, 12288
  %v270 = getelementptr inbounds float, float* %data0, i32 %v269
  store float %v13, float* %v174
  store float %v16, float* %v176
  store float %v19, float* %v178
  store float %v22, float* %v180
  store float %v25, float* %v182
  store float %v28, float* %v184
  store float %v165, float* %v186
  store float %v34, float* %v188
  store float %v37, float* %v190
  store float %v40, float* %v192
  store float %v43, float* %v194
  store float %v46, float* %v196
  store float %v49, float* %v198
  store float %v145, float* %v200
  store float %v52, float* %v202
  store float %v55, float* %v204
  store float %v58, float* %v206
  store float %v61, float* %v208
  store float %v64, float* %v210
  store float %v67, float* %v212
  store float %v148, float* %v214
  store float %v70, float* %v216
  store float %v73, float* %v218
  store float %v76, float* %v220
  store float %v79, float* %v222
  store float %v82, float* %v224
  store float %v85, float* %v226
  store float %v151, float* %v228
  store float %v88, float* %v230
  store float %v91, float* %v232
  store float %v94, float* %v234
  store float %v97, float* %v236
  store float %v100, float* %v238
  store float %v103, float* %v240
  store float %v154, float* %v242
  store float %v106, float* %v244
  store float %v109, float* %v246
  store float %v112, float* %v248
  store float %v115, float* %v250
  store float %v118, float* %v252
  store float %v121, float* %v254
  store float %v157, float* %v256
  store float %v124, float* %v258
  store float %v127, float* %v260
  store float %v130, float* %v262
  store float %v133, float* %v264
  store float %v136, float* %v266
  store float %v139, float* %v268
  store float %v160, float* %v270
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }