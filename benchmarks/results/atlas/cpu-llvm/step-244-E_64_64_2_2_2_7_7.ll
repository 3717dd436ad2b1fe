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
  %v11 = add nsw i32 %v10, 42
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
  %v18 = add nsw i32 %v17, 7
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = add nsw i32 %v17, 14
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = add nsw i32 %v17, 21
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v17, 28
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = add nsw i32 %v17, 35
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = getelementptr inbounds float, float* %data1, i32 %v17
  %v29 = shl i32 %v14, 1
  %v30 = add nsw i32 %v13, %v29
  %v31 = icmp slt i32 %v14, 1
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v32 = phi i32 [ 0, %loop_entry_1_1 ], [ %v32phi, %loop_footer_1_1 ]
  %v32phi = add i32 %v32, 1
  %v32cmp = icmp ult i32 %v32, 2
  br i1 %v32cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v33 = add nsw i32 %v15, %v32
  %v34 = add nsw i32 %v33, %v9
  %v35 = add nsw i32 %v34, %v5
  %v36 = add nsw i32 %v35, 1
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  %v38 = load float, float* %v37
  %v39 = add nsw i32 %v35, 2
  %v40 = getelementptr inbounds float, float* %data1, i32 %v39
  %v41 = load float, float* %v40
  %v42 = add nsw i32 %v35, 3
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  %v44 = load float, float* %v43
  %v45 = add nsw i32 %v35, 4
  %v46 = getelementptr inbounds float, float* %data1, i32 %v45
  %v47 = load float, float* %v46
  %v48 = add nsw i32 %v35, 5
  %v49 = getelementptr inbounds float, float* %data1, i32 %v48
  %v50 = load float, float* %v49
  %v51 = add nsw i32 %v35, 7
  %v52 = getelementptr inbounds float, float* %data1, i32 %v51
  %v53 = load float, float* %v52
  %v54 = add nsw i32 %v35, 8
  %v55 = getelementptr inbounds float, float* %data1, i32 %v54
  %v56 = load float, float* %v55
  %v57 = add nsw i32 %v35, 9
  %v58 = getelementptr inbounds float, float* %data1, i32 %v57
  %v59 = load float, float* %v58
  %v60 = add nsw i32 %v35, 10
  %v61 = getelementptr inbounds float, float* %data1, i32 %v60
  %v62 = load float, float* %v61
  %v63 = add nsw i32 %v35, 11
  %v64 = getelementptr inbounds float, float* %data1, i32 %v63
  %v65 = load float, float* %v64
  %v66 = add nsw i32 %v35, 12
  %v67 = getelementptr inbounds float, float* %data1, i32 %v66
  %v68 = load float, float* %v67
  %v69 = add nsw i32 %v35, 14
  %v70 = getelementptr inbounds float, float* %data1, i32 %v69
  %v71 = load float, float* %v70
  %v72 = add nsw i32 %v35, 15
  %v73 = getelementptr inbounds float, float* %data1, i32 %v72
  %v74 = load float, float* %v73
  %v75 = add nsw i32 %v35, 16
  %v76 = getelementptr inbounds float, float* %data1, i32 %v75
  %v77 = load float, float* %v76
  %v78 = add nsw i32 %v35, 17
  %v79 = getelementptr inbounds float, float* %data1, i32 %v78
  %v80 = load float, float* %v79
  %v81 = add nsw i32 %v35, 18
  %v82 = getelementptr inbounds float, float* %data1, i32 %v81
  %v83 = load float, float* %v82
  %v84 = add nsw i32 %v35, 19
  %v85 = getelementptr inbounds float, float* %data1, i32 %v84
  %v86 = load float, float* %v85
  %v87 = add nsw i32 %v35, 21
  %v88 = getelementptr inbounds float, float* %data1, i32 %v87
  %v89 = load float, float* %v88
  %v90 = add nsw i32 %v35, 22
  %v91 = getelementptr inbounds float, float* %data1, i32 %v90
  %v92 = load float, float* %v91
  %v93 = add nsw i32 %v35, 23
  %v94 = getelementptr inbounds float, float* %data1, i32 %v93
  %v95 = load float, float* %v94
  %v96 = add nsw i32 %v35, 24
  %v97 = getelementptr inbounds float, float* %data1, i32 %v96
  %v98 = load float, float* %v97
  %v99 = add nsw i32 %v35, 25
  %v100 = getelementptr inbounds float, float* %data1, i32 %v99
  %v101 = load float, float* %v100
  %v102 = add nsw i32 %v35, 26
  %v103 = getelementptr inbounds float, float* %data1, i32 %v102
  %v104 = load float, float* %v103
  %v105 = add nsw i32 %v35, 28
  %v106 = getelementptr inbounds float, float* %data1, i32 %v105
  %v107 = load float, float* %v106
  %v108 = add nsw i32 %v35, 29
  %v109 = getelementptr inbounds float, float* %data1, i32 %v108
  %v110 = load float, float* %v109
  %v111 = add nsw i32 %v35, 30
  %v112 = getelementptr inbounds float, float* %data1, i32 %v111
  %v113 = load float, float* %v112
  %v114 = add nsw i32 %v35, 31
  %v115 = getelementptr inbounds float, float* %data1, i32 %v114
  %v116 = load float, float* %v115
  %v117 = add nsw i32 %v35, 32
  %v118 = getelementptr inbounds float, float* %data1, i32 %v117
  %v119 = load float, float* %v118
  %v120 = add nsw i32 %v35, 33
  %v121 = getelementptr inbounds float, float* %data1, i32 %v120
  %v122 = load float, float* %v121
  %v123 = add nsw i32 %v35, 35
  %v124 = getelementptr inbounds float, float* %data1, i32 %v123
  %v125 = load float, float* %v124
  %v126 = add nsw i32 %v35, 36
  %v127 = getelementptr inbounds float, float* %data1, i32 %v126
  %v128 = load float, float* %v127
  %v129 = add nsw i32 %v35, 37
  %v130 = getelementptr inbounds float, float* %data1, i32 %v129
  %v131 = load float, float* %v130
  %v132 = add nsw i32 %v35, 38
  %v133 = getelementptr inbounds float, float* %data1, i32 %v132
  %v134 = load float, float* %v133
  %v135 = add nsw i32 %v35, 39
  %v136 = getelementptr inbounds float, float* %data1, i32 %v135
  %v137 = load float, float* %v136
  %v138 = add nsw i32 %v35, 40
  %v139 = getelementptr inbounds float, float* %data1, i32 %v138
  %v140 = load float, float* %v139
  %v141 = icmp slt i32 0, %v32
  br label %v142_entry
v142_entry:
  br i1 %v141, label %v142_load, label %v142_exit
v142_load:
  %v142_yes = load float, float* %v19
  br label %v142_exit
v142_exit:
  %v142 = phi float [%v142_yes, %v142_load], [0.0, %v142_entry]
  br label %v143_entry
v143_entry:
  br i1 %v141, label %v143_load, label %v143_exit
v143_load:
  %v143_yes = load float, float* %v21
  br label %v143_exit
v143_exit:
  %v143 = phi float [%v143_yes, %v143_load], [0.0, %v143_entry]
  br label %v144_entry
v144_entry:
  br i1 %v141, label %v144_load, label %v144_exit
v144_load:
  %v144_yes = load float, float* %v23
  br label %v144_exit
v144_exit:
  %v144 = phi float [%v144_yes, %v144_load], [0.0, %v144_entry]
  br label %v145_entry
v145_entry:
  br i1 %v141, label %v145_load, label %v145_exit
v145_load:
  %v145_yes = load float, float* %v25
  br label %v145_exit
v145_exit:
  %v145 = phi float [%v145_yes, %v145_load], [0.0, %v145_entry]
  br label %v146_entry
v146_entry:
  br i1 %v141, label %v146_load, label %v146_exit
v146_load:
  %v146_yes = load float, float* %v27
  br label %v146_exit
v146_exit:
  %v146 = phi float [%v146_yes, %v146_load], [0.0, %v146_entry]
  %v147 = add nsw i32 %v9, %v32
  %v148 = add nsw i32 %v5, %v147
  %v149 = add nsw i32 %v148, 42
  %v150 = getelementptr inbounds float, float* %data1, i32 %v149
  br label %v151_entry
v151_entry:
  br i1 %v31, label %v151_load, label %v151_exit
v151_load:
  %v151_yes = load float, float* %v150
  br label %v151_exit
v151_exit:
  %v151 = phi float [%v151_yes, %v151_load], [0.0, %v151_entry]
  %v152 = add nsw i32 %v148, 43
  %v153 = getelementptr inbounds float, float* %data1, i32 %v152
  br label %v154_entry
v154_entry:
  br i1 %v31, label %v154_load, label %v154_exit
v154_load:
  %v154_yes = load float, float* %v153
  br label %v154_exit
v154_exit:
  %v154 = phi float [%v154_yes, %v154_load], [0.0, %v154_entry]
  %v155 = add nsw i32 %v148, 44
  %v156 = getelementptr inbounds float, float* %data1, i32 %v155
  br label %v157_entry
v157_entry:
  br i1 %v31, label %v157_load, label %v157_exit
v157_load:
  %v157_yes = load float, float* %v156
  br label %v157_exit
v157_exit:
  %v157 = phi float [%v157_yes, %v157_load], [0.0, %v157_entry]
  %v158 = add nsw i32 %v148, 45
  %v159 = getelementptr inbounds float, float* %data1, i32 %v158
  br label %v160_entry
v160_entry:
  br i1 %v31, label %v160_load, label %v160_exit
v160_load:
  %v160_yes = load float, float* %v159
  br label %v160_exit
v160_exit:
  %v160 = phi float [%v160_yes, %v160_load], [0.0, %v160_entry]
  %v161 = add nsw i32 %v148, 46
  %v162 = getelementptr inbounds float, float* %data1, i32 %v161
  br label %v163_entry
v163_entry:
  br i1 %v31, label %v163_load, label %v163_exit
v163_load:
  %v163_yes = load float, float* %v162
  br label %v163_exit
v163_exit:
  %v163 = phi float [%v163_yes, %v163_load], [0.0, %v163_entry]
  %v164 = add nsw i32 %v148, 47
  %v165 = getelementptr inbounds float, float* %data1, i32 %v164
  br label %v166_entry
v166_entry:
  br i1 %v31, label %v166_load, label %v166_exit
v166_load:
  %v166_yes = load float, float* %v165
  br label %v166_exit
v166_exit:
  %v166 = phi float [%v166_yes, %v166_load], [0.0, %v166_entry]
  %v167 = and i1 %v31, %v141
  br label %v168_entry
v168_entry:
  br i1 %v167, label %v168_load, label %v168_exit
v168_load:
  %v168_yes = load float, float* %v12
  br label %v168_exit
v168_exit:
  %v168 = phi float [%v168_yes, %v168_load], [0.0, %v168_entry]
  %v169 = getelementptr inbounds float, float* %data1, i32 %v35
  %v170 = load float, float* %v169
  br label %v171_entry
v171_entry:
  br i1 %v141, label %v171_load, label %v171_exit
v171_load:
  %v171_yes = load float, float* %v28
  br label %v171_exit
v171_exit:
  %v171 = phi float [%v171_yes, %v171_load], [0.0, %v171_entry]
  %v172 = add nsw i32 %v30, %v32
  %v173 = add nsw i32 %v172, %v7
  %v174 = add nsw i32 %v173, 256
  %v175 = getelementptr inbounds float, float* %data0, i32 %v174
  %v176 = add nsw i32 %v173, 512
  %v177 = getelementptr inbounds float, float* %data0, i32 %v176
  %v178 = add nsw i32 %v173, 768
  %v179 = getelementptr inbounds float, float* %data0, i32 %v178
  %v180 = add nsw i32 %v173, 1024
  %v181 = getelementptr inbounds float, float* %data0, i32 %v180
  %v182 = add nsw i32 %v173, 1280
  %v183 = getelementptr inbounds float, float* %data0, i32 %v182
  %v184 = add nsw i32 %v173, 1536
  %v185 = getelementptr inbounds float, float* %data0, i32 %v184
  %v186 = add nsw i32 %v173, 1792
  %v187 = getelementptr inbounds float, float* %data0, i32 %v186
  %v188 = add nsw i32 %v173, 2048
  %v189 = getelementptr inbounds float, float* %data0, i32 %v188
  %v190 = add nsw i32 %v173, 2304
  %v191 = getelementptr inbounds float, float* %data0, i32 %v190
  %v192 = add nsw i32 %v173, 2560
  %v193 = getelementptr inbounds float, float* %data0, i32 %v192
  %v194 = add nsw i32 %v173, 2816
  %v195 = getelementptr inbounds float, float* %data0, i32 %v194
  %v196 = add nsw i32 %v173, 3072
  %v197 = getelementptr inbounds float, float* %data0, i32 %v196
  %v198 = add nsw i32 %v173, 3328
  %v199 = getelementptr inbounds float, float* %data0, i32 %v198
  %v200 = add nsw i32 %v173, 3584
  %v201 = getelementptr inbounds float, float* %data0, i32 %v200
  %v202 = add nsw i32 %v173, 3840
  %v203 = getelementptr inbounds float, float* %data0, i32 %v202
  %v204 = add nsw i32 %v173, 4096
  %v205 = getelementptr inbounds float, float* %data0, i32 %v204
  %v206 = add nsw i32 %v173, 4352
  %v207 = getelementptr inbounds float, float* %data0, i32 %v206
  %v208 = add nsw i32 %v173, 4608
  %v209 = getelementptr inbounds float, float* %data0, i32 %v208
  %v210 = add nsw i32 %v173, 4864
  %v211 = getelementptr inbounds float, float* %data0, i32 %v210
  %v212 = add nsw i32 %v173, 5120
  %v213 = getelementptr inbounds float, float* %data0, i32 %v212
  %v214 = add nsw i32 %v173, 5376
  %v215 = getelementptr inbounds float, float* %data0, i32 %v214
  %v216 = add nsw i32 %v173, 5632
  %v217 = getelementptr inbounds float, float* %data0, i32 %v216
  %v218 = add nsw i32 %v173, 5888
  %v219 = getelementptr inbounds float, float* %data0, i32 %v218
  %v220 = add nsw i32 %v173, 6144
  %v221 = getelementptr inbounds float, float* %data0, i32 %v220
  %v222 = add nsw i32 %v173, 6400
  %v223 = getelementptr inbounds float, float* %data0, i32 %v222
  %v224 = add nsw i32 %v173, 6656
  %v225 = getelementptr inbounds float, float* %data0, i32 %v224
  %v226 = add nsw i32 %v173, 6912
  %v227 = getelementptr inbounds float, float* %data0, i32 %v226
  %v228 = add nsw i32 %v173, 7168
  %v229 = getelementptr inbounds float, float* %data0, i32 %v228
  %v230 = add nsw i32 %v173, 7424
  %v231 = getelementptr inbounds float, float* %data0, i32 %v230
  %v232 = add nsw i32 %v173, 7680
  %v233 = getelementptr inbounds float, float* %data0, i32 %v232
  %v234 = add nsw i32 %v173, 7936
  %v235 = getelementptr inbounds float, float* %data0, i32 %v234
  %v236 = add nsw i32 %v173, 8192
  %v237 = getelementptr inbounds float, float* %data0, i32 %v236
  %v238 = add nsw i32 %v173, 8448
  %v239 = getelementptr inbounds float, float* %data0, i32 %v238
  %v240 = add nsw i32 %v173, 8704
  %v241 = getelementptr inbounds float, float* %data0, i32 %v240
  %v242 = add nsw i32 %v173, 8960
  %v243 = getelementptr inbounds float, float* %data0, i32 %v242
  %v244 = add nsw i32 %v173, 9216
  %v245 = getelementptr inbounds float, float* %data0, i32 %v244
  %v246 = add nsw i32 %v173, 9472
  %v247 = getelementptr inbounds float, float* %data0, i32 %v246
  %v248 = add nsw i32 %v173, 9728
  %v249 = getelementptr inbounds float, float* %data0, i32 %v248
  %v250 = add nsw i32 %v173, 9984
  %v251 = getelementptr inbounds float, float* %data0, i32 %v250
  %v252 = add nsw i32 %v173, 10240
  %v253 = getelementptr inbounds float, float* %data0, i32 %v252
  %v254 = add nsw i32 %v173, 10496
  %v255 = getelementptr inbounds float, float* %data0, i32 %v254
  %v256 = add nsw i32 %v173, 10752
  %v257 = getelementptr inbounds float, float* %data0, i32 %v256
  %v258 = add nsw i32 %v173, 11008
  %v259 = getelementptr inbounds float, float* %data0, i32 %v258
  %v260 = add nsw i32 %v173, 11264
  %v261 = getelementptr inbounds float, float* %data0, i32 %v260
  %v262 = add nsw i32 %v173, 11520
  %v263 = getelementptr inbounds float, float* %data0, i32 %v262
  %v264 = add nsw i32 %v173, 11776
  %v265 = getelementptr inbounds float, float* %data0, i32 %v264
  %v266 = add nsw i32 %v173, 12032
  %v267 = getelementptr inbounds float, float* %data0, i32 %v266
  %v268 = add nsw i32 %v173, 12288
  %v269 = getelementptr inbounds float, float* %data0, i32 %v268
  %v270 = getelementptr inbounds float, float* %data0, i32 %v173
  store float %v170, float* %v175
  store float %v38, float* %v177
  store float %v41, float* %v179
  store float %v44, float* %v181
  store float %v47, float* %v183
  store float %v50, float* %v185
  store float %v142, float* %v187
  store float %v53, float* %v189
  store float %v56, float* %v191
  store float %v59, float* %v193
  store float %v62, float* %v195
  store float %v65, float* %v197
  store float %v68, float* %v199
  store float %v143, float* %v201
  store float %v71, float* %v203
  store float %v74, float* %v205
  store float %v77, float* %v207
  store float %v80, float* %v209
  store float %v83, float* %v211
  store float %v86, float* %v213
  store float %v144, float* %v215
  store float %v89, float* %v217
  store float %v92, float* %v219
  store float %v95, float* %v221
  store float %v98, float* %v223
  store float %v101, float* %v225
  store float %v104, float* %v227
  store float %v145, float* %v229
  store float %v107, float* %v231
  store float %v110, float* %v233
  store float %v113, float* %v235
  store float %v116, float* %v237
  store float %v119, float* %v239
  store float %v122, float* %v241
  store float %v146, float* %v243
  store float %v125, float* %v245
  store float %v128, float* %v247
  store float %v131, float* %v249
  store float %v134, float* %v251
  store float %v137, float* %v253
  store float %v140, float* %v255
  store float %v168, float* %v257
  store float %v151, float* %v259
  store float %v154, float* %v261
  store float %v157, float* %v263
  store float %v160, float* %v265
  store float %v163, float* %v267
  store float %v166, float* %v269
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