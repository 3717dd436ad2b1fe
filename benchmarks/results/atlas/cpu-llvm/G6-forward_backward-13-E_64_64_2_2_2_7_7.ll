define void @E_64_64_2_2_2_7_7(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 200704
  %v2 = mul i32 %data2, 802816
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 3136
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 12544
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 64
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = mul i32 %v8, 49
  %v10 = add nsw i32 %v5, %v9
  %v11 = getelementptr inbounds float, float* %data1, i32 %v10
  %v12 = shl i32 %v8, 2
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v13 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v13phi, %loop_footer_1_0_1 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 2
  br i1 %v13cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v14 = mul i32 %v13, 7
  %v15 = add nsw i32 %v9, %v14
  %v16 = add nsw i32 %v5, %v15
  %v17 = add nsw i32 %v16, 7
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = add nsw i32 %v16, 14
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = add nsw i32 %v16, 21
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = add nsw i32 %v16, 28
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = add nsw i32 %v16, 35
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = getelementptr inbounds float, float* %data1, i32 %v16
  %v28 = shl i32 %v13, 1
  %v29 = add nsw i32 %v12, %v28
  %v30 = icmp slt i32 0, %v13
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v31 = phi i32 [ 0, %loop_entry_1_1 ], [ %v31phi, %loop_footer_1_1 ]
  %v31phi = add i32 %v31, 1
  %v31cmp = icmp ult i32 %v31, 2
  br i1 %v31cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v32 = add nsw i32 %v14, %v31
  %v33 = add nsw i32 %v32, %v9
  %v34 = add nsw i32 %v33, %v5
  %v35 = add nsw i32 %v34, 1
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v34, 2
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v34, 3
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v34, 4
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v34, 5
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v34, 7
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v34, 8
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v34, 9
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = add nsw i32 %v34, 10
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load float, float* %v60
  %v62 = add nsw i32 %v34, 11
  %v63 = getelementptr inbounds float, float* %data1, i32 %v62
  %v64 = load float, float* %v63
  %v65 = add nsw i32 %v34, 12
  %v66 = getelementptr inbounds float, float* %data1, i32 %v65
  %v67 = load float, float* %v66
  %v68 = add nsw i32 %v34, 14
  %v69 = getelementptr inbounds float, float* %data1, i32 %v68
  %v70 = load float, float* %v69
  %v71 = add nsw i32 %v34, 15
  %v72 = getelementptr inbounds float, float* %data1, i32 %v71
  %v73 = load float, float* %v72
  %v74 = add nsw i32 %v34, 16
  %v75 = getelementptr inbounds float, float* %data1, i32 %v74
  %v76 = load float, float* %v75
  %v77 = add nsw i32 %v34, 17
  %v78 = getelementptr inbounds float, float* %data1, i32 %v77
  %v79 = load float, float* %v78
  %v80 = add nsw i32 %v34, 18
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  %v82 = load float, float* %v81
  %v83 = add nsw i32 %v34, 19
  %v84 = getelementptr inbounds float, float* %data1, i32 %v83
  %v85 = load float, float* %v84
  %v86 = add nsw i32 %v34, 21
  %v87 = getelementptr inbounds float, float* %data1, i32 %v86
  %v88 = load float, float* %v87
  %v89 = add nsw i32 %v34, 22
  %v90 = getelementptr inbounds float, float* %data1, i32 %v89
  %v91 = load float, float* %v90
  %v92 = add nsw i32 %v34, 23
  %v93 = getelementptr inbounds float, float* %data1, i32 %v92
  %v94 = load float, float* %v93
  %v95 = add nsw i32 %v34, 24
  %v96 = getelementptr inbounds float, float* %data1, i32 %v95
  %v97 = load float, float* %v96
  %v98 = add nsw i32 %v34, 25
  %v99 = getelementptr inbounds float, float* %data1, i32 %v98
  %v100 = load float, float* %v99
  %v101 = add nsw i32 %v34, 26
  %v102 = getelementptr inbounds float, float* %data1, i32 %v101
  %v103 = load float, float* %v102
  %v104 = add nsw i32 %v34, 28
  %v105 = getelementptr inbounds float, float* %data1, i32 %v104
  %v106 = load float, float* %v105
  %v107 = add nsw i32 %v34, 29
  %v108 = getelementptr inbounds float, float* %data1, i32 %v107
  %v109 = load float, float* %v108
  %v110 = add nsw i32 %v34, 30
  %v111 = getelementptr inbounds float, float* %data1, i32 %v110
  %v112 = load float, float* %v111
  %v113 = add nsw i32 %v34, 31
  %v114 = getelementptr inbounds float, float* %data1, i32 %v113
  %v115 = load float, float* %v114
  %v116 = add nsw i32 %v34, 32
  %v117 = getelementptr inbounds float, float* %data1, i32 %v116
  %v118 = load float, float* %v117
  %v119 = add nsw i32 %v34, 33
  %v120 = getelementptr inbounds float, float* %data1, i32 %v119
  %v121 = load float, float* %v120
  %v122 = add nsw i32 %v34, 35
  %v123 = getelementptr inbounds float, float* %data1, i32 %v122
  %v124 = load float, float* %v123
  %v125 = add nsw i32 %v34, 36
  %v126 = getelementptr inbounds float, float* %data1, i32 %v125
  %v127 = load float, float* %v126
  %v128 = add nsw i32 %v34, 37
  %v129 = getelementptr inbounds float, float* %data1, i32 %v128
  %v130 = load float, float* %v129
  %v131 = add nsw i32 %v34, 38
  %v132 = getelementptr inbounds float, float* %data1, i32 %v131
  %v133 = load float, float* %v132
  %v134 = add nsw i32 %v34, 39
  %v135 = getelementptr inbounds float, float* %data1, i32 %v134
  %v136 = load float, float* %v135
  %v137 = add nsw i32 %v34, 40
  %v138 = getelementptr inbounds float, float* %data1, i32 %v137
  %v139 = load float, float* %v138
  %v140 = icmp slt i32 0, %v31
  br label %v141_entry
v141_entry:
  br i1 %v140, label %v141_load, label %v141_exit
v141_load:
  %v141_yes = load float, float* %v18
  br label %v141_exit
v141_exit:
  %v141 = phi float [%v141_yes, %v141_load], [0.0, %v141_entry]
  br label %v142_entry
v142_entry:
  br i1 %v140, label %v142_load, label %v142_exit
v142_load:
  %v142_yes = load float, float* %v20
  br label %v142_exit
v142_exit:
  %v142 = phi float [%v142_yes, %v142_load], [0.0, %v142_entry]
  br label %v143_entry
v143_entry:
  br i1 %v140, label %v143_load, label %v143_exit
v143_load:
  %v143_yes = load float, float* %v22
  br label %v143_exit
v143_exit:
  %v143 = phi float [%v143_yes, %v143_load], [0.0, %v143_entry]
  br label %v144_entry
v144_entry:
  br i1 %v140, label %v144_load, label %v144_exit
v144_load:
  %v144_yes = load float, float* %v24
  br label %v144_exit
v144_exit:
  %v144 = phi float [%v144_yes, %v144_load], [0.0, %v144_entry]
  br label %v145_entry
v145_entry:
  br i1 %v140, label %v145_load, label %v145_exit
v145_load:
  %v145_yes = load float, float* %v26
  br label %v145_exit
v145_exit:
  %v145 = phi float [%v145_yes, %v145_load], [0.0, %v145_entry]
  %v146 = add nsw i32 %v9, %v31
  %v147 = add nsw i32 %v5, %v146
  %v148 = add nsw i32 %v147, 1
  %v149 = getelementptr inbounds float, float* %data1, i32 %v148
  br label %v150_entry
v150_entry:
  br i1 %v30, label %v150_load, label %v150_exit
v150_load:
  %v150_yes = load float, float* %v149
  br label %v150_exit
v150_exit:
  %v150 = phi float [%v150_yes, %v150_load], [0.0, %v150_entry]
  %v151 = add nsw i32 %v147, 2
  %v152 = getelementptr inbounds float, float* %data1, i32 %v151
  br label %v153_entry
v153_entry:
  br i1 %v30, label %v153_load, label %v153_exit
v153_load:
  %v153_yes = load float, float* %v152
  br label %v153_exit
v153_exit:
  %v153 = phi float [%v153_yes, %v153_load], [0.0, %v153_entry]
  %v154 = add nsw i32 %v147, 3
  %v155 = getelementptr inbounds float, float* %data1, i32 %v154
  br label %v156_entry
v156_entry:
  br i1 %v30, label %v156_load, label %v156_exit
v156_load:
  %v156_yes = load float, float* %v155
  br label %v156_exit
v156_exit:
  %v156 = phi float [%v156_yes, %v156_load], [0.0, %v156_entry]
  %v157 = add nsw i32 %v147, 4
  %v158 = getelementptr inbounds float, float* %data1, i32 %v157
  br label %v159_entry
v159_entry:
  br i1 %v30, label %v159_load, label %v159_exit
v159_load:
  %v159_yes = load float, float* %v158
  br label %v159_exit
v159_exit:
  %v159 = phi float [%v159_yes, %v159_load], [0.0, %v159_entry]
  %v160 = add nsw i32 %v147, 5
  %v161 = getelementptr inbounds float, float* %data1, i32 %v160
  br label %v162_entry
v162_entry:
  br i1 %v30, label %v162_load, label %v162_exit
v162_load:
  %v162_yes = load float, float* %v161
  br label %v162_exit
v162_exit:
  %v162 = phi float [%v162_yes, %v162_load], [0.0, %v162_entry]
  %v163 = getelementptr inbounds float, float* %data1, i32 %v34
  %v164 = load float, float* %v163
  br label %v165_entry
v165_entry:
  br i1 %v140, label %v165_load, label %v165_exit
v165_load:
  %v165_yes = load float, float* %v27
  br label %v165_exit
v165_exit:
  %v165 = phi float [%v165_yes, %v165_load], [0.0, %v165_entry]
  %v166 = getelementptr inbounds float, float* %data1, i32 %v147
  br label %v167_entry
v167_entry:
  br i1 %v30, label %v167_load, label %v167_exit
v167_load:
  %v167_yes = load float, float* %v166
  br label %v167_exit
v167_exit:
  %v167 = phi float [%v167_yes, %v167_load], [0.0, %v167_entry]
  %v168 = and i1 %v30, %v140
  br label %v169_entry
v169_entry:
  br i1 %v168, label %v169_load, label %v169_exit
v169_load:
  %v169_yes = load float, float* %v11
  br label %v169_exit
v169_exit:
  %v169 = phi float [%v169_yes, %v169_load], [0.0, %v169_entry]
  %v170 = add nsw i32 %v29, %v31
  %v171 = add nsw i32 %v170, %v7
  %v172 = add nsw i32 %v171, 256
  %v173 = getelementptr inbounds float, float* %data0, i32 %v172
  %v174 = add nsw i32 %v171, 512
  %v175 = getelementptr inbounds float, float* %data0, i32 %v174
  %v176 = add nsw i32 %v171, 768
  %v177 = getelementptr inbounds float, float* %data0, i32 %v176
  %v178 = add nsw i32 %v171, 1024
  %v179 = getelementptr inbounds float, float* %data0, i32 %v178
  %v180 = add nsw i32 %v171, 1280
  %v181 = getelementptr inbounds float, float* %data0, i32 %v180
  %v182 = add nsw i32 %v171, 1536
  %v183 = getelementptr inbounds float, float* %data0, i32 %v182
  %v184 = add nsw i32 %v171, 1792
  %v185 = getelementptr inbounds float, float* %data0, i32 %v184
  %v186 = add nsw i32 %v171, 2048
  %v187 = getelementptr inbounds float, float* %data0, i32 %v186
  %v188 = add nsw i32 %v171, 2304
  %v189 = getelementptr inbounds float, float* %data0, i32 %v188
  %v190 = add nsw i32 %v171, 2560
  %v191 = getelementptr inbounds float, float* %data0, i32 %v190
  %v192 = add nsw i32 %v171, 2816
  %v193 = getelementptr inbounds float, float* %data0, i32 %v192
  %v194 = add nsw i32 %v171, 3072
  %v195 = getelementptr inbounds float, float* %data0, i32 %v194
  %v196 = add nsw i32 %v171, 3328
  %v197 = getelementptr inbounds float, float* %data0, i32 %v196
  %v198 = add nsw i32 %v171, 3584
  %v199 = getelementptr inbounds float, float* %data0, i32 %v198
  %v200 = add nsw i32 %v171, 3840
  %v201 = getelementptr inbounds float, float* %data0, i32 %v200
  %v202 = add nsw i32 %v171, 4096
  %v203 = getelementptr inbounds float, float* %data0, i32 %v202
  %v204 = add nsw i32 %v171, 4352
  %v205 = getelementptr inbounds float, float* %data0, i32 %v204
  %v206 = add nsw i32 %v171, 4608
  %v207 = getelementptr inbounds float, float* %data0, i32 %v206
  %v208 = add nsw i32 %v171, 4864
  %v209 = getelementptr inbounds float, float* %data0, i32 %v208
  %v210 = add nsw i32 %v171, 5120
  %v211 = getelementptr inbounds float, float* %data0, i32 %v210
  %v212 = add nsw i32 %v171, 5376
  %v213 = getelementptr inbounds float, float* %data0, i32 %v212
  %v214 = add nsw i32 %v171, 5632
  %v215 = getelementptr inbounds float, float* %data0, i32 %v214
  %v216 = add nsw i32 %v171, 5888
  %v217 = getelementptr inbounds float, float* %data0, i32 %v216
  %v218 = add nsw i32 %v171, 6144
  %v219 = getelementptr inbounds float, float* %data0, i32 %v218
  %v220 = add nsw i32 %v171, 6400
  %v221 = getelementptr inbounds float, float* %data0, i32 %v220
  %v222 = add nsw i32 %v171, 6656
  %v223 = getelementptr inbounds float, float* %data0, i32 %v222
  %v224 = add nsw i32 %v171, 6912
  %v225 = getelementptr inbounds float, float* %data0, i32 %v224
  %v226 = add nsw i32 %v171, 7168
  %v227 = getelementptr inbounds float, float* %data0, i32 %v226
  %v228 = add nsw i32 %v171, 7424
  %v229 = getelementptr inbounds float, float* %data0, i32 %v228
  %v230 = add nsw i32 %v171, 7680
  %v231 = getelementptr inbounds float, float* %data0, i32 %v230
  %v232 = add nsw i32 %v171, 7936
  %v233 = getelementptr inbounds float, float* %data0, i32 %v232
  %v234 = add nsw i32 %v171, 8192
  %v235 = getelementptr inbounds float, float* %data0, i32 %v234
  %v236 = add nsw i32 %v171, 8448
  %v237 = getelementptr inbounds float, float* %data0, i32 %v236
  %v238 = add nsw i32 %v171, 8704
  %v239 = getelementptr inbounds float, float* %data0, i32 %v238
  %v240 = add nsw i32 %v171, 8960
  %v241 = getelementptr inbounds float, float* %data0, i32 %v240
  %v242 = add nsw i32 %v171, 9216
  %v243 = getelementptr inbounds float, float* %data0, i32 %v242
  %v244 = add nsw i32 %v171, 9472
  %v245 = getelementptr inbounds float, float* %data0, i32 %v244
  %v246 = add nsw i32 %v171, 9728
  %v247 = getelementptr inbounds float, float* %data0, i32 %v246
  %v248 = add nsw i32 %v171, 9984
  %v249 = getelementptr inbounds float, float* %data0, i32 %v248
  %v250 = add nsw i32 %v171, 10240
  %v251 = getelementptr inbounds float, float* %data0, i32 %v250
  %v252 = add nsw i32 %v171, 10496
  %v253 = getelementptr inbounds float, float* %data0, i32 %v252
  %v254 = add nsw i32 %v171, 10752
  %v255 = getelementptr inbounds float, float* %data0, i32 %v254
  %v256 = add nsw i32 %v171, 11008
  %v257 = getelementptr inbounds float, float* %data0, i32 %v256
  %v258 = add nsw i32 %v171, 11264
  %v259 = getelementptr inbounds float, float* %data0, i32 %v258
  %v260 = add nsw i32 %v171, 11520
  %v261 = getelementptr inbounds float, float* %data0, i32 %v260
  %v262 = add nsw i32 %v171, 11776
  %v263 = getelementptr inbounds float, float* %data0, i32 %v262
  %v264 = add nsw i32 %v171, 12032
  %v265 = getelementptr inbounds float, float* %data0, i32 %v264
  %v266 = add nsw i32 %v171, 12288
  %v267 = getelementptr inbounds float, float* %data0, i32 %v266
  %v268 = getelementptr inbounds float, float* %data0, i32 %v171
  store float %v167, float* %v173
  store float %v150, float* %v175
  store float %v153, float* %v177
  store float %v156, float* %v179
  store float %v159, float* %v181
  store float %v162, float* %v183
  store float %v165, float* %v185
  store float %v164, float* %v187
  store float %v37, float* %v189
  store float %v40, float* %v191
  store float %v43, float* %v193
  store float %v46, float* %v195
  store float %v49, float* %v197
  store float %v141, float* %v199
  store float %v52, float* %v201
  store float %v55, float* %v203
  store float %v58, float* %v205
  store float %v61, float* %v207
  store float %v64, float* %v209
  store float %v67, float* %v211
  store float %v142, float* %v213
  store float %v70, float* %v215
  store float %v73, float* %v217
  store float %v76, float* %v219
  store float %v79, float* %v221
  store float %v82, float* %v223
  store float %v85, float* %v225
  store float %v143, float* %v227
  store float %v88, float* %v229
  store float %v91, float* %v231
  store float %v94, float* %v233
  store float %v97, float* %v235
  store float %v100, float* %v237
  store float %v103, float* %v239
  store float %v144, float* %v241
  store float %v106, float* %v243
  store float %v109, float* %v245
  store float %v112, float* %v247
  store float %v115, float* %v249
  store float %v118, float* %v251
  store float %v121, float* %v253
  store float %v145, float* %v255
  store float %v124, float* %v257
  store float %v127, float* %v259
  store float %v130, float* %v261
  store float %v133, float* %v263
  store float %v136, float* %v265
  store float %v139, float* %v267
  store float %v169, float* %v268
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0_1
loop_footer_1_0_1:
  br label %loop_latch_1_0_1
loop_exit_1_0_1:
  br label %loop_footer_1_0_0
loop_footer_1_0_0:
  br label %loop_latch_1_0_0
loop_exit_1_0_0:
  br label %loop_footer_0_0_0
loop_footer_0_0_0:
  br label %loop_latch_0_0_0
loop_exit_0_0_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }