define amdgpu_kernel void @E_16_16_5_5_8_16_7_7(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v1, 784
  %v6 = mul i32 %v4, 49
  %v7 = add nsw i32 %v5, %v6
  %v8 = srem i32 %v0, 5
  %v9 = mul i32 %v8, 7
  %v10 = sdiv i32 %v0, 5
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v7, %v11
  %v13 = mul i32 %v2, 100352
  %v14 = mul i32 %v3, 12544
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v12, %v15
  %v17 = add nsw i32 %v16, -16
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = icmp slt i32 1, %v8
  %v20 = icmp slt i32 9, %v0
  %v21 = and i1 %v20, %v19
  br label %v22_entry
v22_entry:
  br i1 %v21, label %v22_load, label %v22_exit
v22_load:
  %v22_yes = load float, float* %v18
  br label %v22_exit
v22_exit:
  %v22 = phi float [%v22_yes, %v22_load], [0.0, %v22_entry]
  %v23 = add nsw i32 %v16, -15
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = icmp slt i32 4, %v0
  %v26 = and i1 %v25, %v19
  br label %v27_entry
v27_entry:
  br i1 %v26, label %v27_load, label %v27_exit
v27_load:
  %v27_yes = load float, float* %v24
  br label %v27_exit
v27_exit:
  %v27 = phi float [%v27_yes, %v27_load], [0.0, %v27_entry]
  %v28 = add nsw i32 %v16, -14
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  br label %v30_entry
v30_entry:
  br i1 %v19, label %v30_load, label %v30_exit
v30_load:
  %v30_yes = load float, float* %v29
  br label %v30_exit
v30_exit:
  %v30 = phi float [%v30_yes, %v30_load], [0.0, %v30_entry]
  %v31 = add nsw i32 %v16, -13
  %v32 = getelementptr inbounds float, float* %data1, i32 %v31
  br label %v33_entry
v33_entry:
  br i1 %v19, label %v33_load, label %v33_exit
v33_load:
  %v33_yes = load float, float* %v32
  br label %v33_exit
v33_exit:
  %v33 = phi float [%v33_yes, %v33_load], [0.0, %v33_entry]
  %v34 = add nsw i32 %v16, -12
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  br label %v36_entry
v36_entry:
  br i1 %v19, label %v36_load, label %v36_exit
v36_load:
  %v36_yes = load float, float* %v35
  br label %v36_exit
v36_exit:
  %v36 = phi float [%v36_yes, %v36_load], [0.0, %v36_entry]
  %v37 = add nsw i32 %v16, -11
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = icmp slt i32 %v0, 20
  %v40 = and i1 %v39, %v19
  br label %v41_entry
v41_entry:
  br i1 %v40, label %v41_load, label %v41_exit
v41_load:
  %v41_yes = load float, float* %v38
  br label %v41_exit
v41_exit:
  %v41 = phi float [%v41_yes, %v41_load], [0.0, %v41_entry]
  %v42 = add nsw i32 %v16, -10
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  %v44 = icmp slt i32 %v0, 15
  %v45 = and i1 %v44, %v19
  br label %v46_entry
v46_entry:
  br i1 %v45, label %v46_load, label %v46_exit
v46_load:
  %v46_yes = load float, float* %v43
  br label %v46_exit
v46_exit:
  %v46 = phi float [%v46_yes, %v46_load], [0.0, %v46_entry]
  %v47 = add nsw i32 %v16, -9
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = icmp slt i32 0, %v8
  %v50 = and i1 %v20, %v49
  br label %v51_entry
v51_entry:
  br i1 %v50, label %v51_load, label %v51_exit
v51_load:
  %v51_yes = load float, float* %v48
  br label %v51_exit
v51_exit:
  %v51 = phi float [%v51_yes, %v51_load], [0.0, %v51_entry]
  %v52 = add nsw i32 %v16, -8
  %v53 = getelementptr inbounds float, float* %data1, i32 %v52
  %v54 = and i1 %v25, %v49
  br label %v55_entry
v55_entry:
  br i1 %v54, label %v55_load, label %v55_exit
v55_load:
  %v55_yes = load float, float* %v53
  br label %v55_exit
v55_exit:
  %v55 = phi float [%v55_yes, %v55_load], [0.0, %v55_entry]
  %v56 = add nsw i32 %v16, -7
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  br label %v58_entry
v58_entry:
  br i1 %v49, label %v58_load, label %v58_exit
v58_load:
  %v58_yes = load float, float* %v57
  br label %v58_exit
v58_exit:
  %v58 = phi float [%v58_yes, %v58_load], [0.0, %v58_entry]
  %v59 = add nsw i32 %v16, -6
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  br label %v61_entry
v61_entry:
  br i1 %v49, label %v61_load, label %v61_exit
v61_load:
  %v61_yes = load float, float* %v60
  br label %v61_exit
v61_exit:
  %v61 = phi float [%v61_yes, %v61_load], [0.0, %v61_entry]
  %v62 = add nsw i32 %v16, -5
  %v63 = getelementptr inbounds float, float* %data1, i32 %v62
  br label %v64_entry
v64_entry:
  br i1 %v49, label %v64_load, label %v64_exit
v64_load:
  %v64_yes = load float, float* %v63
  br label %v64_exit
v64_exit:
  %v64 = phi float [%v64_yes, %v64_load], [0.0, %v64_entry]
  %v65 = add nsw i32 %v16, -4
  %v66 = getelementptr inbounds float, float* %data1, i32 %v65
  %v67 = and i1 %v39, %v49
  br label %v68_entry
v68_entry:
  br i1 %v67, label %v68_load, label %v68_exit
v68_load:
  %v68_yes = load float, float* %v66
  br label %v68_exit
v68_exit:
  %v68 = phi float [%v68_yes, %v68_load], [0.0, %v68_entry]
  %v69 = add nsw i32 %v16, -3
  %v70 = getelementptr inbounds float, float* %data1, i32 %v69
  %v71 = and i1 %v44, %v49
  br label %v72_entry
v72_entry:
  br i1 %v71, label %v72_load, label %v72_exit
v72_load:
  %v72_yes = load float, float* %v70
  br label %v72_exit
v72_exit:
  %v72 = phi float [%v72_yes, %v72_load], [0.0, %v72_entry]
  %v73 = add nsw i32 %v16, -2
  %v74 = getelementptr inbounds float, float* %data1, i32 %v73
  br label %v75_entry
v75_entry:
  br i1 %v20, label %v75_load, label %v75_exit
v75_load:
  %v75_yes = load float, float* %v74
  br label %v75_exit
v75_exit:
  %v75 = phi float [%v75_yes, %v75_load], [0.0, %v75_entry]
  %v76 = add nsw i32 %v16, -1
  %v77 = getelementptr inbounds float, float* %data1, i32 %v76
  br label %v78_entry
v78_entry:
  br i1 %v25, label %v78_load, label %v78_exit
v78_load:
  %v78_yes = load float, float* %v77
  br label %v78_exit
v78_exit:
  %v78 = phi float [%v78_yes, %v78_load], [0.0, %v78_entry]
  %v79 = add nsw i32 %v16, 1
  %v80 = getelementptr inbounds float, float* %data1, i32 %v79
  %v81 = load float, float* %v80
  %v82 = add nsw i32 %v16, 2
  %v83 = getelementptr inbounds float, float* %data1, i32 %v82
  %v84 = load float, float* %v83
  %v85 = add nsw i32 %v16, 3
  %v86 = getelementptr inbounds float, float* %data1, i32 %v85
  br label %v87_entry
v87_entry:
  br i1 %v39, label %v87_load, label %v87_exit
v87_load:
  %v87_yes = load float, float* %v86
  br label %v87_exit
v87_exit:
  %v87 = phi float [%v87_yes, %v87_load], [0.0, %v87_entry]
  %v88 = add nsw i32 %v16, 4
  %v89 = getelementptr inbounds float, float* %data1, i32 %v88
  br label %v90_entry
v90_entry:
  br i1 %v44, label %v90_load, label %v90_exit
v90_load:
  %v90_yes = load float, float* %v89
  br label %v90_exit
v90_exit:
  %v90 = phi float [%v90_yes, %v90_load], [0.0, %v90_entry]
  %v91 = add nsw i32 %v16, 5
  %v92 = getelementptr inbounds float, float* %data1, i32 %v91
  br label %v93_entry
v93_entry:
  br i1 %v20, label %v93_load, label %v93_exit
v93_load:
  %v93_yes = load float, float* %v92
  br label %v93_exit
v93_exit:
  %v93 = phi float [%v93_yes, %v93_load], [0.0, %v93_entry]
  %v94 = add nsw i32 %v16, 6
  %v95 = getelementptr inbounds float, float* %data1, i32 %v94
  br label %v96_entry
v96_entry:
  br i1 %v25, label %v96_load, label %v96_exit
v96_load:
  %v96_yes = load float, float* %v95
  br label %v96_exit
v96_exit:
  %v96 = phi float [%v96_yes, %v96_load], [0.0, %v96_entry]
  %v97 = add nsw i32 %v16, 7
  %v98 = getelementptr inbounds float, float* %data1, i32 %v97
  %v99 = load float, float* %v98
  %v100 = add nsw i32 %v16, 8
  %v101 = getelementptr inbounds float, float* %data1, i32 %v100
  %v102 = load float, float* %v101
  %v103 = add nsw i32 %v16, 9
  %v104 = getelementptr inbounds float, float* %data1, i32 %v103
  %v105 = load float, float* %v104
  %v106 = add nsw i32 %v16, 10
  %v107 = getelementptr inbounds float, float* %data1, i32 %v106
  br label %v108_entry
v108_entry:
  br i1 %v39, label %v108_load, label %v108_exit
v108_load:
  %v108_yes = load float, float* %v107
  br label %v108_exit
v108_exit:
  %v108 = phi float [%v108_yes, %v108_load], [0.0, %v108_entry]
  %v109 = add nsw i32 %v16, 11
  %v110 = getelementptr inbounds float, float* %data1, i32 %v109
  br label %v111_entry
v111_entry:
  br i1 %v44, label %v111_load, label %v111_exit
v111_load:
  %v111_yes = load float, float* %v110
  br label %v111_exit
v111_exit:
  %v111 = phi float [%v111_yes, %v111_load], [0.0, %v111_entry]
  %v112 = add nsw i32 %v16, 12
  %v113 = getelementptr inbounds float, float* %data1, i32 %v112
  br label %v114_entry
v114_entry:
  br i1 %v20, label %v114_load, label %v114_exit
v114_load:
  %v114_yes = load float, float* %v113
  br label %v114_exit
v114_exit:
  %v114 = phi float [%v114_yes, %v114_load], [0.0, %v114_entry]
  %v115 = add nsw i32 %v16, 13
  %v116 = getelementptr inbounds float, float* %data1, i32 %v115
  br label %v117_entry
v117_entry:
  br i1 %v25, label %v117_load, label %v117_exit
v117_load:
  %v117_yes = load float, float* %v116
  br label %v117_exit
v117_exit:
  %v117 = phi float [%v117_yes, %v117_load], [0.0, %v117_entry]
  %v118 = add nsw i32 %v16, 14
  %v119 = getelementptr inbounds float, float* %data1, i32 %v118
  %v120 = load float, float* %v119
  %v121 = add nsw i32 %v16, 15
  %v122 = getelementptr inbounds float, float* %data1, i32 %v121
  %v123 = load float, float* %v122
  %v124 = add nsw i32 %v16, 16
  %v125 = getelementptr inbounds float, float* %data1, i32 %v124
  %v126 = load float, float* %v125
  %v127 = add nsw i32 %v16, 17
  %v128 = getelementptr inbounds float, float* %data1, i32 %v127
  br label %v129_entry
v129_entry:
  br i1 %v39, label %v129_load, label %v129_exit
v129_load:
  %v129_yes = load float, float* %v128
  br label %v129_exit
v129_exit:
  %v129 = phi float [%v129_yes, %v129_load], [0.0, %v129_entry]
  %v130 = add nsw i32 %v16, 18
  %v131 = getelementptr inbounds float, float* %data1, i32 %v130
  br label %v132_entry
v132_entry:
  br i1 %v44, label %v132_load, label %v132_exit
v132_load:
  %v132_yes = load float, float* %v131
  br label %v132_exit
v132_exit:
  %v132 = phi float [%v132_yes, %v132_load], [0.0, %v132_entry]
  %v133 = add nsw i32 %v16, 19
  %v134 = getelementptr inbounds float, float* %data1, i32 %v133
  %v135 = icmp slt i32 %v8, 4
  %v136 = and i1 %v20, %v135
  br label %v137_entry
v137_entry:
  br i1 %v136, label %v137_load, label %v137_exit
v137_load:
  %v137_yes = load float, float* %v134
  br label %v137_exit
v137_exit:
  %v137 = phi float [%v137_yes, %v137_load], [0.0, %v137_entry]
  %v138 = add nsw i32 %v16, 20
  %v139 = getelementptr inbounds float, float* %data1, i32 %v138
  %v140 = and i1 %v25, %v135
  br label %v141_entry
v141_entry:
  br i1 %v140, label %v141_load, label %v141_exit
v141_load:
  %v141_yes = load float, float* %v139
  br label %v141_exit
v141_exit:
  %v141 = phi float [%v141_yes, %v141_load], [0.0, %v141_entry]
  %v142 = add nsw i32 %v16, 21
  %v143 = getelementptr inbounds float, float* %data1, i32 %v142
  br label %v144_entry
v144_entry:
  br i1 %v135, label %v144_load, label %v144_exit
v144_load:
  %v144_yes = load float, float* %v143
  br label %v144_exit
v144_exit:
  %v144 = phi float [%v144_yes, %v144_load], [0.0, %v144_entry]
  %v145 = add nsw i32 %v16, 22
  %v146 = getelementptr inbounds float, float* %data1, i32 %v145
  br label %v147_entry
v147_entry:
  br i1 %v135, label %v147_load, label %v147_exit
v147_load:
  %v147_yes = load float, float* %v146
  br label %v147_exit
v147_exit:
  %v147 = phi float [%v147_yes, %v147_load], [0.0, %v147_entry]
  %v148 = add nsw i32 %v16, 23
  %v149 = getelementptr inbounds float, float* %data1, i32 %v148
  br label %v150_entry
v150_entry:
  br i1 %v135, label %v150_load, label %v150_exit
v150_load:
  %v150_yes = load float, float* %v149
  br label %v150_exit
v150_exit:
  %v150 = phi float [%v150_yes, %v150_load], [0.0, %v150_entry]
  %v151 = add nsw i32 %v16, 24
  %v152 = getelementptr inbounds float, float* %data1, i32 %v151
  %v153 = and i1 %v39, %v135
  br label %v154_entry
v154_entry:
  br i1 %v153, label %v154_load, label %v154_exit
v154_load:
  %v154_yes = load float, float* %v152
  br label %v154_exit
v154_exit:
  %v154 = phi float [%v154_yes, %v154_load], [0.0, %v154_entry]
  %v155 = add nsw i32 %v16, 25
  %v156 = getelementptr inbounds float, float* %data1, i32 %v155
  %v157 = and i1 %v44, %v135
  br label %v158_entry
v158_entry:
  br i1 %v157, label %v158_load, label %v158_exit
v158_load:
  %v158_yes = load float, float* %v156
  br label %v158_exit
v158_exit:
  %v158 = phi float [%v158_yes, %v158_load], [0.0, %v158_entry]
  %v159 = add nsw i32 %v16, 26
  %v160 = getelementptr inbounds float, float* %data1, i32 %v159
  %v161 = icmp slt i32 %v8, 3
  %v162 = and i1 %v20, %v161
  br label %v163_entry
v163_entry:
  br i1 %v162, label %v163_load, label %v163_exit
v163_load:
  %v163_yes = load float, float* %v160
  br label %v163_exit
v163_exit:
  %v163 = phi float [%v163_yes, %v163_load], [0.0, %v163_entry]
  %v164 = add nsw i32 %v16, 27
  %v165 = getelementptr inbounds float, float* %data1, i32 %v164
  %v166 = and i1 %v25, %v161
  br label %v167_entry
v167_entry:
  br i1 %v166, label %v167_load, label %v167_exit
v167_load:
  %v167_yes = load float, float* %v165
  br label %v167_exit
v167_exit:
  %v167 = phi float [%v167_yes, %v167_load], [0.0, %v167_entry]
  %v168 = add nsw i32 %v16, 28
  %v169 = getelementptr inbounds float, float* %data1, i32 %v168
  br label %v170_entry
v170_entry:
  br i1 %v161, label %v170_load, label %v170_exit
v170_load:
  %v170_yes = load float, float* %v169
  br label %v170_exit
v170_exit:
  %v170 = phi float [%v170_yes, %v170_load], [0.0, %v170_entry]
  %v171 = add nsw i32 %v16, 29
  %v172 = getelementptr inbounds float, float* %data1, i32 %v171
  br label %v173_entry
v173_entry:
  br i1 %v161, label %v173_load, label %v173_exit
v173_load:
  %v173_yes = load float, float* %v172
  br label %v173_exit
v173_exit:
  %v173 = phi float [%v173_yes, %v173_load], [0.0, %v173_entry]
  %v174 = add nsw i32 %v16, 30
  %v175 = getelementptr inbounds float, float* %data1, i32 %v174
  br label %v176_entry
v176_entry:
  br i1 %v161, label %v176_load, label %v176_exit
v176_load:
  %v176_yes = load float, float* %v175
  br label %v176_exit
v176_exit:
  %v176 = phi float [%v176_yes, %v176_load], [0.0, %v176_entry]
  %v177 = add nsw i32 %v16, 31
  %v178 = getelementptr inbounds float, float* %data1, i32 %v177
  %v179 = and i1 %v39, %v161
  br label %v180_entry
v180_entry:
  br i1 %v179, label %v180_load, label %v180_exit
v180_load:
  %v180_yes = load float, float* %v178
  br label %v180_exit
v180_exit:
  %v180 = phi float [%v180_yes, %v180_load], [0.0, %v180_entry]
  %v181 = add nsw i32 %v16, 32
  %v182 = getelementptr inbounds float, float* %data1, i32 %v181
  %v183 = and i1 %v44, %v161
  br label %v184_entry
v184_entry:
  br i1 %v183, label %v184_load, label %v184_exit
v184_load:
  %v184_yes = load float, float* %v182
  br label %v184_exit
v184_exit:
  %v184 = phi float [%v184_yes, %v184_load], [0.0, %v184_entry]
  %v185 = getelementptr inbounds float, float* %data1, i32 %v16
  %v186 = load float, float* %v185
  %v187 = mul i32 %v1, 400
  %v188 = mul i32 %v4, 25
  %v189 = add nsw i32 %v187, %v188
  %v190 = mul i32 %v8, 5
  %v191 = add nsw i32 %v189, %v190
  %v192 = add nsw i32 %v191, %v10
  %v193 = mul i32 %v2, 2508800
  %v194 = mul i32 %v3, 313600
  %v195 = add nsw i32 %v193, %v194
  %v196 = add nsw i32 %v192, %v195
  %v197 = add nsw i32 %v196, 6400
  %v198 = getelementptr inbounds float, float* %data0, i32 %v197
  %v199 = add nsw i32 %v196, 12800
  %v200 = getelementptr inbounds float, float* %data0, i32 %v199
  %v201 = add nsw i32 %v196, 19200
  %v202 = getelementptr inbounds float, float* %data0, i32 %v201
  %v203 = add nsw i32 %v196, 25600
  %v204 = getelementptr inbounds float, float* %data0, i32 %v203
  %v205 = add nsw i32 %v196, 32000
  %v206 = getelementptr inbounds float, float* %data0, i32 %v205
  %v207 = add nsw i32 %v196, 38400
  %v208 = getelementptr inbounds float, float* %data0, i32 %v207
  %v209 = add nsw i32 %v196, 44800
  %v210 = getelementptr inbounds float, float* %data0, i32 %v209
  %v211 = add nsw i32 %v196, 51200
  %v212 = getelementptr inbounds float, float* %data0, i32 %v211
  %v213 = add nsw i32 %v196, 57600
  %v214 = getelementptr inbounds float, float* %data0, i32 %v213
  %v215 = add nsw i32 %v196, 64000
  %v216 = getelementptr inbounds float, float* %data0, i32 %v215
  %v217 = add nsw i32 %v196, 70400
  %v218 = getelementptr inbounds float, float* %data0, i32 %v217
  %v219 = add nsw i32 %v196, 76800
  %v220 = getelementptr inbounds float, float* %data0, i32 %v219
  %v221 = add nsw i32 %v196, 83200
  %v222 = getelementptr inbounds float, float* %data0, i32 %v221
  %v223 = add nsw i32 %v196, 89600
  %v224 = getelementptr inbounds float, float* %data0, i32 %v223
  %v225 = add nsw i32 %v196, 96000
  %v226 = getelementptr inbounds float, float* %data0, i32 %v225
  %v227 = add nsw i32 %v196, 102400
  %v228 = getelementptr inbounds float, float* %data0, i32 %v227
  %v229 = add nsw i32 %v196, 108800
  %v230 = getelementptr inbounds float, float* %data0, i32 %v229
  %v231 = add nsw i32 %v196, 115200
  %v232 = getelementptr inbounds float, float* %data0, i32 %v231
  %v233 = add nsw i32 %v196, 121600
  %v234 = getelementptr inbounds float, float* %data0, i32 %v233
  %v235 = add nsw i32 %v196, 128000
  %v236 = getelementptr inbounds float, float* %data0, i32 %v235
  %v237 = add nsw i32 %v196, 134400
  %v238 = getelementptr inbounds float, float* %data0, i32 %v237
  %v239 = add nsw i32 %v196, 140800
  %v240 = getelementptr inbounds float, float* %data0, i32 %v239
  %v241 = add nsw i32 %v196, 147200
  %v242 = getelementptr inbounds float, float* %data0, i32 %v241
  %v243 = add nsw i32 %v196, 153600
  %v244 = getelementptr inbounds float, float* %data0, i32 %v243
  %v245 = add nsw i32 %v196, 160000
  %v246 = getelementptr inbounds float, float* %data0, i32 %v245
  %v247 = add nsw i32 %v196, 166400
  %v248 = getelementptr inbounds float, float* %data0, i32 %v247
  %v249 = add nsw i32 %v196, 172800
  %v250 = getelementptr inbounds float, float* %data0, i32 %v249
  %v251 = add nsw i32 %v196, 179200
  %v252 = getelementptr inbounds float, float* %data0, i32 %v251
  %v253 = add nsw i32 %v196, 185600
  %v254 = getelementptr inbounds float, float* %data0, i32 %v253
  %v255 = add nsw i32 %v196, 192000
  %v256 = getelementptr inbounds float, float* %data0, i32 %v255
  %v257 = add nsw i32 %v196, 198400
  %v258 = getelementptr inbounds float, float* %data0, i32 %v257
  %v259 = add nsw i32 %v196, 204800
  %v260 = getelementptr inbounds float, float* %data0, i32 %v259
  %v261 = add nsw i32 %v196, 211200
  %v262 = getelementptr inbounds float, float* %data0, i32 %v261
  %v263 = add nsw i32 %v196, 217600
  %v264 = getelementptr inbounds float, float* %data0, i32 %v263
  %v265 = add nsw i32 %v196, 224000
  %v266 = getelementptr inbounds float, float* %data0, i32 %v265
  %v267 = add nsw i32 %v196, 230400
  %v268 = getelementptr inbounds float, float* %data0, i32 %v267
  %v269 = add nsw i32 %v196, 236800
  %v270 = getelementptr inbounds float, float* %data0, i32 %v269
  %v271 = add nsw i32 %v196, 243200
  %v272 = getelementptr inbounds float, float* %data0, i32 %v271
  %v273 = add nsw i32 %v196, 249600
  %v274 = getelementptr inbounds float, float* %data0, i32 %v273
  %v275 = add nsw i32 %v196, 256000
  %v276 = getelementptr inbounds float, float* %data0, i32 %v275
  %v277 = add nsw i32 %v196, 262400
  %v278 = getelementptr inbounds float, float* %data0, i32 %v277
  %v279 = add nsw i32 %v196, 268800
  %v280 = getelementptr inbounds float, float* %data0, i32 %v279
  %v281 = add nsw i32 %v196, 275200
  %v282 = getelementptr inbounds float, float* %data0, i32 %v281
  %v283 = add nsw i32 %v196, 281600
  %v284 = getelementptr inbounds float, float* %data0, i32 %v283
  %v285 = add nsw i32 %v196, 288000
  %v286 = getelementptr inbounds float, float* %data0, i32 %v285
  %v287 = add nsw i32 %v196, 294400
  %v288 = getelementptr inbounds float, float* %data0, i32 %v287
  %v289 = add nsw i32 %v196, 300800
  %v290 = getelementptr inbounds float, float* %data0, i32 %v289
  %v291 = add nsw i32 %v196, 307200
  %v292 = getelementptr inbounds float, float* %data0, i32 %v291
  %v293 = getelementptr inbounds float, float* %data0, i32 %v196
  store float %v27, float* %v198
  store float %v30, float* %v200
  store float %v33, float* %v202
  store float %v36, float* %v204
  store float %v41, float* %v206
  store float %v46, float* %v208
  store float %v51, float* %v210
  store float %v55, float* %v212
  store float %v58, float* %v214
  store float %v61, float* %v216
  store float %v64, float* %v218
  store float %v68, float* %v220
  store float %v72, float* %v222
  store float %v75, float* %v224
  store float %v78, float* %v226
  store float %v186, float* %v228
  store float %v81, float* %v230
  store float %v84, float* %v232
  store float %v87, float* %v234
  store float %v90, float* %v236
  store float %v93, float* %v238
  store float %v96, float* %v240
  store float %v99, float* %v242
  store float %v102, float* %v244
  store float %v105, float* %v246
  store float %v108, float* %v248
  store float %v111, float* %v250
  store float %v114, float* %v252
  store float %v117, float* %v254
  store float %v120, float* %v256
  store float %v123, float* %v258
  store float %v126, float* %v260
  store float %v129, float* %v262
  store float %v132, float* %v264
  store float %v137, float* %v266
  store float %v141, float* %v268
  store float %v144, float* %v270
  store float %v147, float* %v272
  store float %v150, float* %v274
  store float %v154, float* %v276
  store float %v158, float* %v278
  store float %v163, float* %v280
  store float %v167, float* %v282
  store float %v170, float* %v284
  store float %v173, float* %v286
  store float %v176, float* %v288
  store float %v180, float* %v290
  store float %v184, float* %v292
  store float %v22, float* %v293
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }