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
  %v11 = add nsw i32 %v10, 48
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
  %v32 = icmp slt i32 %v14, 1
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
  %v151 = add nsw i32 %v150, 42
  %v152 = getelementptr inbounds float, float* %data1, i32 %v151
  br label %v153_entry
v153_entry:
  br i1 %v32, label %v153_load, label %v153_exit
v153_load:
  %v153_yes = load float, float* %v152
  br label %v153_exit
v153_exit:
  %v153 = phi float [%v153_yes, %v153_load], [0.0, %v153_entry]
  %v154 = add nsw i32 %v150, 43
  %v155 = getelementptr inbounds float, float* %data1, i32 %v154
  br label %v156_entry
v156_entry:
  br i1 %v32, label %v156_load, label %v156_exit
v156_load:
  %v156_yes = load float, float* %v155
  br label %v156_exit
v156_exit:
  %v156 = phi float [%v156_yes, %v156_load], [0.0, %v156_entry]
  %v157 = add nsw i32 %v150, 44
  %v158 = getelementptr inbounds float, float* %data1, i32 %v157
  br label %v159_entry
v159_entry:
  br i1 %v32, label %v159_load, label %v159_exit
v159_load:
  %v159_yes = load float, float* %v158
  br label %v159_exit
v159_exit:
  %v159 = phi float [%v159_yes, %v159_load], [0.0, %v159_entry]
  %v160 = add nsw i32 %v150, 45
  %v161 = getelementptr inbounds float, float* %data1, i32 %v160
  br label %v162_entry
v162_entry:
  br i1 %v32, label %v162_load, label %v162_exit
v162_load:
  %v162_yes = load float, float* %v161
  br label %v162_exit
v162_exit:
  %v162 = phi float [%v162_yes, %v162_load], [0.0, %v162_entry]
  %v163 = add nsw i32 %v150, 46
  %v164 = getelementptr inbounds float, float* %data1, i32 %v163
  br label %v165_entry
v165_entry:
  br i1 %v32, label %v165_load, label %v165_exit
v165_load:
  %v165_yes = load float, float* %v164
  br label %v165_exit
v165_exit:
  %v165 = phi float [%v165_yes, %v165_load], [0.0, %v165_entry]
  %v166 = add nsw i32 %v150, 47
  %v167 = getelementptr inbounds float, float* %data1, i32 %v166
  br label %v168_entry
v168_entry:
  br i1 %v32, label %v168_load, label %v168_exit
v168_load:
  %v168_yes = load float, float* %v167
  br label %v168_exit
v168_exit:
  %v168 = phi float [%v168_yes, %v168_load], [0.0, %v168_entry]
  %v169 = and i1 %v32, %v142
  br label %v170_entry
v170_entry:
  br i1 %v169, label %v170_load, label %v170_exit
v170_load:
  %v170_yes = load float, float* %v12
  br label %v170_exit
v170_exit:
  %v170 = phi float [%v170_yes, %v170_load], [0.0, %v170_entry]
  %v171 = getelementptr inbounds float, float* %data1, i32 %v36
  %v172 = load float, float* %v171
  %v173 = add nsw i32 %v31, %v33
  %v174 = add nsw i32 %v173, %v7
  %v175 = add nsw i32 %v174, 256
  %v176 = getelementptr inbounds float, float* %data0, i32 %v175
  %v177 = add nsw i32 %v174, 512
  %v178 = getelementptr inbounds float, float* %data0, i32 %v177
  %v179 = add nsw i32 %v174, 768
  %v180 = getelementptr inbounds float, float* %data0, i32 %v179
  %v181 = add nsw i32 %v174, 1024
  %v182 = getelementptr inbounds float, float* %data0, i32 %v181
  %v183 = add nsw i32 %v174, 1280
  %v184 = getelementptr inbounds float, float* %data0, i32 %v183
  %v185 = add nsw i32 %v174, 1536
  %v186 = getelementptr inbounds float, float* %data0, i32 %v185
  %v187 = add nsw i32 %v174, 1792
  %v188 = getelementptr inbounds float, float* %data0, i32 %v187
  %v189 = add nsw i32 %v174, 2048
  %v190 = getelementptr inbounds float, float* %data0, i32 %v189
  %v191 = add nsw i32 %v174, 2304
  %v192 = getelementptr inbounds float, float* %data0, i32 %v191
  %v193 = add nsw i32 %v174, 2560
  %v194 = getelementptr inbounds float, float* %data0, i32 %v193
  %v195 = add nsw i32 %v174, 2816
  %v196 = getelementptr inbounds float, float* %data0, i32 %v195
  %v197 = add nsw i32 %v174, 3072
  %v198 = getelementptr inbounds float, float* %data0, i32 %v197
  %v199 = add nsw i32 %v174, 3328
  %v200 = getelementptr inbounds float, float* %data0, i32 %v199
  %v201 = add nsw i32 %v174, 3584
  %v202 = getelementptr inbounds float, float* %data0, i32 %v201
  %v203 = add nsw i32 %v174, 3840
  %v204 = getelementptr inbounds float, float* %data0, i32 %v203
  %v205 = add nsw i32 %v174, 4096
  %v206 = getelementptr inbounds float, float* %data0, i32 %v205
  %v207 = add nsw i32 %v174, 4352
  %v208 = getelementptr inbounds float, float* %data0, i32 %v207
  %v209 = add nsw i32 %v174, 4608
  %v210 = getelementptr inbounds float, float* %data0, i32 %v209
  %v211 = add nsw i32 %v174, 4864
  %v212 = getelementptr inbounds float, float* %data0, i32 %v211
  %v213 = add nsw i32 %v174, 5120
  %v214 = getelementptr inbounds float, float* %data0, i32 %v213
  %v215 = add nsw i32 %v174, 5376
  %v216 = getelementptr inbounds float, float* %data0, i32 %v215
  %v217 = add nsw i32 %v174, 5632
  %v218 = getelementptr inbounds float, float* %data0, i32 %v217
  %v219 = add nsw i32 %v174, 5888
  %v220 = getelementptr inbounds float, float* %data0, i32 %v219
  %v221 = add nsw i32 %v174, 6144
  %v222 = getelementptr inbounds float, float* %data0, i32 %v221
  %v223 = add nsw i32 %v174, 6400
  %v224 = getelementptr inbounds float, float* %data0, i32 %v223
  %v225 = add nsw i32 %v174, 6656
  %v226 = getelementptr inbounds float, float* %data0, i32 %v225
  %v227 = add nsw i32 %v174, 6912
  %v228 = getelementptr inbounds float, float* %data0, i32 %v227
  %v229 = add nsw i32 %v174, 7168
  %v230 = getelementptr inbounds float, float* %data0, i32 %v229
  %v231 = add nsw i32 %v174, 7424
  %v232 = getelementptr inbounds float, float* %data0, i32 %v231
  %v233 = add nsw i32 %v174, 7680
  %v234 = getelementptr inbounds float, float* %data0, i32 %v233
  %v235 = add nsw i32 %v174, 7936
  %v236 = getelementptr inbounds float, float* %data0, i32 %v235
  %v237 = add nsw i32 %v174, 8192
  %v238 = getelementptr inbounds float, float* %data0, i32 %v237
  %v239 = add nsw i32 %v174, 8448
  %v240 = getelementptr inbounds float, float* %data0, i32 %v239
  %v241 = add nsw i32 %v174, 8704
  %v242 = getelementptr inbounds float, float* %data0, i32 %v241
  %v243 = add nsw i32 %v174, 8960
  %v244 = getelementptr inbounds float, float* %data0, i32 %v243
  %v245 = add nsw i32 %v174, 9216
  %v246 = getelementptr inbounds float, float* %data0, i32 %v245
  %v247 = add nsw i32 %v174, 9472
  %v248 = getelementptr inbounds float, float* %data0, i32 %v247
  %v249 = add nsw i32 %v174, 9728
  %v250 = getelementptr inbounds float, float* %data0, i32 %v249
  %v251 = add nsw i32 %v174, 9984
  %v252 = getelementptr inbounds float, float* %data0, i32 %v251
  %v253 = add nsw i32 %v174, 10240
  %v254 = getelementptr inbounds float, float* %data0, i32 %v253
  %v255 = add nsw i32 %v174, 10496
  %v256 = getelementptr inbounds float, float* %data0, i32 %v255
  %v257 = add nsw i32 %v174, 10752
  %v258 = getelementptr inbounds float, float* %data0, i32 %v257
  %v259 = add nsw i32 %v174, 11008
  %v260 = getelementptr inbounds float, float* %data0, i32 %v259
  %v261 = add nsw i32 %v174, 11264
  %v262 = getelementptr inbounds float, float* %data0, i32 %v261
  %v263 = add nsw i32 %v174, 11520
  %v264 = getelementptr inbounds float, float* %data0, i32 %v263
  %v265 = add nsw i32 %v174, 11776
  %v266 = getelementptr inbounds float, float* %data0, i32 %v265
  %v267 = add nsw i32 %v174, 12032
  %v268 = getelementptr inbounds float, float* %data0, i32 %v267
  %v269 = add nsw i32 %v174, 12288
  %v270 = getelementptr inbounds float, float* %data0, i32 %v269
  %v271 = getelementptr inbounds float, float* %data0, i32 %v174
  store float %v39, float* %v176
  store float %v42, float* %v178
  store float %v45, float* %v180
  store float %v48, float* %v182
  store float %v51, float* %v184
  store float %v143, float* %v186
  store float %v54, float* %v188
  store float %v57, float* %v190
  store float %v60, float* %v192
  store float %v63, float* %v194
  store float %v66, float* %v196
  store float %v69, float* %v198
  store float %v144, float* %v200
  store float %v72, float* %v202
  store float %v75, float* %v204
  store float %v78, float* %v206
  store float %v81, float* %v208
  store float %v84, float* %v210
  store float %v87, float* %v212
  store float %v145, float* %v214
  store float %v90, float* %v216
  store float %v93, float* %v218
  store float %v96, float* %v220
  store float %v99, float* %v222
  store float %v102, float* %v224
  store float %v105, float* %v226
  store float %v146, float* %v228
  store float %v108, float* %v230
  store float %v111, float* %v232
  store float %v114, float* %v234
  store float %v117, float* %v236
  store float %v120, float* %v238
  store float %v123, float* %v240
  store float %v147, float* %v242
  store float %v126, float* %v244
  store float %v129, float* %v246
  store float %v132, float* %v248
  store float %v135, float* %v250
  store float %v138, float* %v252
  store float %v141, float* %v254
  store float %v148, float* %v256
  store float %v153, float* %v258
  store float %v156, float* %v260
  store float %v159, float* %v262
  store float %v162, float* %v264
  store float %v165, float* %v266
  store float %v168, float* %v268
  store float %v170, float* %v270
  store float %v172, float* %v271
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