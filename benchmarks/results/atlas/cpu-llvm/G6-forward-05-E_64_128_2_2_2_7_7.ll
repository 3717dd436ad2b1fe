define void @E_64_128_2_2_2_7_7(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 401408
  %v2 = mul i32 %data2, 1605632
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 6272
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 25088
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 128
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = mul i32 %v8, 49
  %v10 = add nsw i32 %v5, %v9
  %v11 = add nsw i32 %v10, 6
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = shl i32 %v8, 2
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v14 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v14phi, %loop_footer_1_0_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 2
  br i1 %v14cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v15 = mul i32 %v14, 7
  %v16 = add nsw i32 %v9, %v15
  %v17 = add nsw i32 %v5, %v16
  %v18 = add nsw i32 %v17, 6
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = add nsw i32 %v17, 13
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = add nsw i32 %v17, 20
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v17, 27
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = add nsw i32 %v17, 34
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = add nsw i32 %v17, 41
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = shl i32 %v14, 1
  %v31 = add nsw i32 %v13, %v30
  %v32 = icmp slt i32 0, %v14
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v33 = phi i32 [ 0, %loop_entry_1_1 ], [ %v33phi, %loop_footer_1_1 ]
  %v33phi = add i32 %v33, 1
  %v33cmp = icmp ult i32 %v33, 2
  br i1 %v33cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v34 = add nsw i32 %v15, %v33
  %v35 = add nsw i32 %v34, %v9
  %v36 = add nsw i32 %v35, %v5
  %v37 = add nsw i32 %v36, 1
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = load float, float* %v38
  %v40 = add nsw i32 %v36, 2
  %v41 = getelementptr inbounds float, float* %data1, i32 %v40
  %v42 = load float, float* %v41
  %v43 = add nsw i32 %v36, 3
  %v44 = getelementptr inbounds float, float* %data1, i32 %v43
  %v45 = load float, float* %v44
  %v46 = add nsw i32 %v36, 4
  %v47 = getelementptr inbounds float, float* %data1, i32 %v46
  %v48 = load float, float* %v47
  %v49 = add nsw i32 %v36, 5
  %v50 = getelementptr inbounds float, float* %data1, i32 %v49
  %v51 = load float, float* %v50
  %v52 = add nsw i32 %v36, 7
  %v53 = getelementptr inbounds float, float* %data1, i32 %v52
  %v54 = load float, float* %v53
  %v55 = add nsw i32 %v36, 8
  %v56 = getelementptr inbounds float, float* %data1, i32 %v55
  %v57 = load float, float* %v56
  %v58 = add nsw i32 %v36, 9
  %v59 = getelementptr inbounds float, float* %data1, i32 %v58
  %v60 = load float, float* %v59
  %v61 = add nsw i32 %v36, 10
  %v62 = getelementptr inbounds float, float* %data1, i32 %v61
  %v63 = load float, float* %v62
  %v64 = add nsw i32 %v36, 11
  %v65 = getelementptr inbounds float, float* %data1, i32 %v64
  %v66 = load float, float* %v65
  %v67 = add nsw i32 %v36, 12
  %v68 = getelementptr inbounds float, float* %data1, i32 %v67
  %v69 = load float, float* %v68
  %v70 = add nsw i32 %v36, 14
  %v71 = getelementptr inbounds float, float* %data1, i32 %v70
  %v72 = load float, float* %v71
  %v73 = add nsw i32 %v36, 15
  %v74 = getelementptr inbounds float, float* %data1, i32 %v73
  %v75 = load float, float* %v74
  %v76 = add nsw i32 %v36, 16
  %v77 = getelementptr inbounds float, float* %data1, i32 %v76
  %v78 = load float, float* %v77
  %v79 = add nsw i32 %v36, 17
  %v80 = getelementptr inbounds float, float* %data1, i32 %v79
  %v81 = load float, float* %v80
  %v82 = add nsw i32 %v36, 18
  %v83 = getelementptr inbounds float, float* %data1, i32 %v82
  %v84 = load float, float* %v83
  %v85 = add nsw i32 %v36, 19
  %v86 = getelementptr inbounds float, float* %data1, i32 %v85
  %v87 = load float, float* %v86
  %v88 = add nsw i32 %v36, 21
  %v89 = getelementptr inbounds float, float* %data1, i32 %v88
  %v90 = load float, float* %v89
  %v91 = add nsw i32 %v36, 22
  %v92 = getelementptr inbounds float, float* %data1, i32 %v91
  %v93 = load float, float* %v92
  %v94 = add nsw i32 %v36, 23
  %v95 = getelementptr inbounds float, float* %data1, i32 %v94
  %v96 = load float, float* %v95
  %v97 = add nsw i32 %v36, 24
  %v98 = getelementptr inbounds float, float* %data1, i32 %v97
  %v99 = load float, float* %v98
  %v100 = add nsw i32 %v36, 25
  %v101 = getelementptr inbounds float, float* %data1, i32 %v100
  %v102 = load float, float* %v101
  %v103 = add nsw i32 %v36, 26
  %v104 = getelementptr inbounds float, float* %data1, i32 %v103
  %v105 = load float, float* %v104
  %v106 = add nsw i32 %v36, 28
  %v107 = getelementptr inbounds float, float* %data1, i32 %v106
  %v108 = load float, float* %v107
  %v109 = add nsw i32 %v36, 29
  %v110 = getelementptr inbounds float, float* %data1, i32 %v109
  %v111 = load float, float* %v110
  %v112 = add nsw i32 %v36, 30
  %v113 = getelementptr inbounds float, float* %data1, i32 %v112
  %v114 = load float, float* %v113
  %v115 = add nsw i32 %v36, 31
  %v116 = getelementptr inbounds float, float* %data1, i32 %v115
  %v117 = load float, float* %v116
  %v118 = add nsw i32 %v36, 32
  %v119 = getelementptr inbounds float, float* %data1, i32 %v118
  %v120 = load float, float* %v119
  %v121 = add nsw i32 %v36, 33
  %v122 = getelementptr inbounds float, float* %data1, i32 %v121
  %v123 = load float, float* %v122
  %v124 = add nsw i32 %v36, 35
  %v125 = getelementptr inbounds float, float* %data1, i32 %v124
  %v126 = load float, float* %v125
  %v127 = add nsw i32 %v36, 36
  %v128 = getelementptr inbounds float, float* %data1, i32 %v127
  %v129 = load float, float* %v128
  %v130 = add nsw i32 %v36, 37
  %v131 = getelementptr inbounds float, float* %data1, i32 %v130
  %v132 = load float, float* %v131
  %v133 = add nsw i32 %v36, 38
  %v134 = getelementptr inbounds float, float* %data1, i32 %v133
  %v135 = load float, float* %v134
  %v136 = add nsw i32 %v36, 39
  %v137 = getelementptr inbounds float, float* %data1, i32 %v136
  %v138 = load float, float* %v137
  %v139 = add nsw i32 %v36, 40
  %v140 = getelementptr inbounds float, float* %data1, i32 %v139
  %v141 = load float, float* %v140
  %v142 = icmp slt i32 %v33, 1
  br label %v143_entry
v143_entry:
  br i1 %v142, label %v143_load, label %v143_exit
v143_load:
  %v143_yes = load float, float* %v19
  br label %v143_exit
v143_exit:
  %v143 = phi float [%v143_yes, %v143_load], [0.0, %v143_entry]
  br label %v144_entry
v144_entry:
  br i1 %v142, label %v144_load, label %v144_exit
v144_load:
  %v144_yes = load float, float* %v21
  br label %v144_exit
v144_exit:
  %v144 = phi float [%v144_yes, %v144_load], [0.0, %v144_entry]
  br label %v145_entry
v145_entry:
  br i1 %v142, label %v145_load, label %v145_exit
v145_load:
  %v145_yes = load float, float* %v23
  br label %v145_exit
v145_exit:
  %v145 = phi float [%v145_yes, %v145_load], [0.0, %v145_entry]
  br label %v146_entry
v146_entry:
  br i1 %v142, label %v146_load, label %v146_exit
v146_load:
  %v146_yes = load float, float* %v25
  br label %v146_exit
v146_exit:
  %v146 = phi float [%v146_yes, %v146_load], [0.0, %v146_entry]
  br label %v147_entry
v147_entry:
  br i1 %v142, label %v147_load, label %v147_exit
v147_load:
  %v147_yes = load float, float* %v27
  br label %v147_exit
v147_exit:
  %v147 = phi float [%v147_yes, %v147_load], [0.0, %v147_entry]
  br label %v148_entry
v148_entry:
  br i1 %v142, label %v148_load, label %v148_exit
v148_load:
  %v148_yes = load float, float* %v29
  br label %v148_exit
v148_exit:
  %v148 = phi float [%v148_yes, %v148_load], [0.0, %v148_entry]
  %v149 = add nsw i32 %v9, %v33
  %v150 = add nsw i32 %v5, %v149
  %v151 = add nsw i32 %v150, 1
  %v152 = getelementptr inbounds float, float* %data1, i32 %v151
  br label %v153_entry
v153_entry:
  br i1 %v32, label %v153_load, label %v153_exit
v153_load:
  %v153_yes = load float, float* %v152
  br label %v153_exit
v153_exit:
  %v153 = phi float [%v153_yes, %v153_load], [0.0, %v153_entry]
  %v154 = add nsw i32 %v150, 2
  %v155 = getelementptr inbounds float, float* %data1, i32 %v154
  br label %v156_entry
v156_entry:
  br i1 %v32, label %v156_load, label %v156_exit
v156_load:
  %v156_yes = load float, float* %v155
  br label %v156_exit
v156_exit:
  %v156 = phi float [%v156_yes, %v156_load], [0.0, %v156_entry]
  %v157 = add nsw i32 %v150, 3
  %v158 = getelementptr inbounds float, float* %data1, i32 %v157
  br label %v159_entry
v159_entry:
  br i1 %v32, label %v159_load, label %v159_exit
v159_load:
  %v159_yes = load float, float* %v158
  br label %v159_exit
v159_exit:
  %v159 = phi float [%v159_yes, %v159_load], [0.0, %v159_entry]
  %v160 = add nsw i32 %v150, 4
  %v161 = getelementptr inbounds float, float* %data1, i32 %v160
  br label %v162_entry
v162_entry:
  br i1 %v32, label %v162_load, label %v162_exit
v162_load:
  %v162_yes = load float, float* %v161
  br label %v162_exit
v162_exit:
  %v162 = phi float [%v162_yes, %v162_load], [0.0, %v162_entry]
  %v163 = add nsw i32 %v150, 5
  %v164 = getelementptr inbounds float, float* %data1, i32 %v163
  br label %v165_entry
v165_entry:
  br i1 %v32, label %v165_load, label %v165_exit
v165_load:
  %v165_yes = load float, float* %v164
  br label %v165_exit
v165_exit:
  %v165 = phi float [%v165_yes, %v165_load], [0.0, %v165_entry]
  %v166 = and i1 %v32, %v142
  br label %v167_entry
v167_entry:
  br i1 %v166, label %v167_load, label %v167_exit
v167_load:
  %v167_yes = load float, float* %v12
  br label %v167_exit
v167_exit:
  %v167 = phi float [%v167_yes, %v167_load], [0.0, %v167_entry]
  %v168 = getelementptr inbounds float, float* %data1, i32 %v36
  %v169 = load float, float* %v168
  %v170 = getelementptr inbounds float, float* %data1, i32 %v150
  br label %v171_entry
v171_entry:
  br i1 %v32, label %v171_load, label %v171_exit
v171_load:
  %v171_yes = load float, float* %v170
  br label %v171_exit
v171_exit:
  %v171 = phi float [%v171_yes, %v171_load], [0.0, %v171_entry]
  %v172 = add nsw i32 %v31, %v33
  %v173 = add nsw i32 %v172, %v7
  %v174 = add nsw i32 %v173, 512
  %v175 = getelementptr inbounds float, float* %data0, i32 %v174
  %v176 = add nsw i32 %v173, 1024
  %v177 = getelementptr inbounds float, float* %data0, i32 %v176
  %v178 = add nsw i32 %v173, 1536
  %v179 = getelementptr inbounds float, float* %data0, i32 %v178
  %v180 = add nsw i32 %v173, 2048
  %v181 = getelementptr inbounds float, float* %data0, i32 %v180
  %v182 = add nsw i32 %v173, 2560
  %v183 = getelementptr inbounds float, float* %data0, i32 %v182
  %v184 = add nsw i32 %v173, 3072
  %v185 = getelementptr inbounds float, float* %data0, i32 %v184
  %v186 = add nsw i32 %v173, 3584
  %v187 = getelementptr inbounds float, float* %data0, i32 %v186
  %v188 = add nsw i32 %v173, 4096
  %v189 = getelementptr inbounds float, float* %data0, i32 %v188
  %v190 = add nsw i32 %v173, 4608
  %v191 = getelementptr inbounds float, float* %data0, i32 %v190
  %v192 = add nsw i32 %v173, 5120
  %v193 = getelementptr inbounds float, float* %data0, i32 %v192
  %v194 = add nsw i32 %v173, 5632
  %v195 = getelementptr inbounds float, float* %data0, i32 %v194
  %v196 = add nsw i32 %v173, 6144
  %v197 = getelementptr inbounds float, float* %data0, i32 %v196
  %v198 = add nsw i32 %v173, 6656
  %v199 = getelementptr inbounds float, float* %data0, i32 %v198
  %v200 = add nsw i32 %v173, 7168
  %v201 = getelementptr inbounds float, float* %data0, i32 %v200
  %v202 = add nsw i32 %v173, 7680
  %v203 = getelementptr inbounds float, float* %data0, i32 %v202
  %v204 = add nsw i32 %v173, 8192
  %v205 = getelementptr inbounds float, float* %data0, i32 %v204
  %v206 = add nsw i32 %v173, 8704
  %v207 = getelementptr inbounds float, float* %data0, i32 %v206
  %v208 = add nsw i32 %v173, 9216
  %v209 = getelementptr inbounds float, float* %data0, i32 %v208
  %v210 = add nsw i32 %v173, 9728
  %v211 = getelementptr inbounds float, float* %data0, i32 %v210
  %v212 = add nsw i32 %v173, 10240
  %v213 = getelementptr inbounds float, float* %data0, i32 %v212
  %v214 = add nsw i32 %v173, 10752
  %v215 = getelementptr inbounds float, float* %data0, i32 %v214
  %v216 = add nsw i32 %v173, 11264
  %v217 = getelementptr inbounds float, float* %data0, i32 %v216
  %v218 = add nsw i32 %v173, 11776
  %v219 = getelementptr inbounds float, float* %data0, i32 %v218
  %v220 = add nsw i32 %v173, 12288
  %v221 = getelementptr inbounds float, float* %data0, i32 %v220
  %v222 = add nsw i32 %v173, 12800
  %v223 = getelementptr inbounds float, float* %data0, i32 %v222
  %v224 = add nsw i32 %v173, 13312
  %v225 = getelementptr inbounds float, float* %data0, i32 %v224
  %v226 = add nsw i32 %v173, 13824
  %v227 = getelementptr inbounds float, float* %data0, i32 %v226
  %v228 = add nsw i32 %v173, 14336
  %v229 = getelementptr inbounds float, float* %data0, i32 %v228
  %v230 = add nsw i32 %v173, 14848
  %v231 = getelementptr inbounds float, float* %data0, i32 %v230
  %v232 = add nsw i32 %v173, 15360
  %v233 = getelementptr inbounds float, float* %data0, i32 %v232
  %v234 = add nsw i32 %v173, 15872
  %v235 = getelementptr inbounds float, float* %data0, i32 %v234
  %v236 = add nsw i32 %v173, 16384
  %v237 = getelementptr inbounds float, float* %data0, i32 %v236
  %v238 = add nsw i32 %v173, 16896
  %v239 = getelementptr inbounds float, float* %data0, i32 %v238
  %v240 = add nsw i32 %v173, 17408
  %v241 = getelementptr inbounds float, float* %data0, i32 %v240
  %v242 = add nsw i32 %v173, 17920
  %v243 = getelementptr inbounds float, float* %data0, i32 %v242
  %v244 = add nsw i32 %v173, 18432
  %v245 = getelementptr inbounds float, float* %data0, i32 %v244
  %v246 = add nsw i32 %v173, 18944
  %v247 = getelementptr inbounds float, float* %data0, i32 %v246
  %v248 = add nsw i32 %v173, 19456
  %v249 = getelementptr inbounds float, float* %data0, i32 %v248
  %v250 = add nsw i32 %v173, 19968
  %v251 = getelementptr inbounds float, float* %data0, i32 %v250
  %v252 = add nsw i32 %v173, 20480
  %v253 = getelementptr inbounds float, float* %data0, i32 %v252
  %v254 = add nsw i32 %v173, 20992
  %v255 = getelementptr inbounds float, float* %data0, i32 %v254
  %v256 = add nsw i32 %v173, 21504
  %v257 = getelementptr inbounds float, float* %data0, i32 %v256
  %v258 = add nsw i32 %v173, 22016
  %v259 = getelementptr inbounds float, float* %data0, i32 %v258
  %v260 = add nsw i32 %v173, 22528
  %v261 = getelementptr inbounds float, float* %data0, i32 %v260
  %v262 = add nsw i32 %v173, 23040
  %v263 = getelementptr inbounds float, float* %data0, i32 %v262
  %v264 = add nsw i32 %v173, 23552
  %v265 = getelementptr inbounds float, float* %data0, i32 %v264
  %v266 = add nsw i32 %v173, 24064
  %v267 = getelementptr inbounds float, float* %data0, i32 %v266
  %v268 = add nsw i32 %v173, 24576
  %v269 = getelementptr inbounds float, float* %data0, i32 %v268
  %v270 = getelementptr inbounds float, float* %data0, i32 %v173
  store float %v153, float* %v175
  store float %v156, float* %v177
  store float %v159, float* %v179
  store float %v162, float* %v181
  store float %v165, float* %v183
  store float %v167, float* %v185
  store float %v169, float* %v187
  store float %v39, float* %v189
  store float %v42, float* %v191
  store float %v45, float* %v193
  store float %v48, float* %v195
  store float %v51, float* %v197
  store float %v143, float* %v199
  store float %v54, float* %v201
  store float %v57, float* %v203
  store float %v60, float* %v205
  store float %v63, float* %v207
  store float %v66, float* %v209
  store float %v69, float* %v211
  store float %v144, float* %v213
  store float %v72, float* %v215
  store float %v75, float* %v217
  store float %v78, float* %v219
  store float %v81, float* %v221
  store float %v84, float* %v223
  store float %v87, float* %v225
  store float %v145, float* %v227
  store float %v90, float* %v229
  store float %v93, float* %v231
  store float %v96, float* %v233
  store float %v99, float* %v235
  store float %v102, float* %v237
  store float %v105, float* %v239
  store float %v146, float* %v241
  store float %v108, float* %v243
  store float %v111, float* %v245
  store float %v114, float* %v247
  store float %v117, float* %v249
  store float %v120, float* %v251
  store float %v123, float* %v253
  store float %v147, float* %v255
  store float %v126, float* %v257
  store float %v129, float* %v259
  store float %v132, float* %v261
  store float %v135, float* %v263
  store float %v138, float* %v265
  store float %v141, float* %v267
  store float %v148, float* %v269
  store float %v171, float* %v270
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