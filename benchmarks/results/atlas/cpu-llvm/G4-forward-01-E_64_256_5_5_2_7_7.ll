define void @E_64_256_5_5_2_7_7(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 802816
  %v2 = mul i32 %data2, 20070400
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 12544
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 313600
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 256
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = mul i32 %v8, 25
  %v10 = mul i32 %v8, 49
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v11 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v11phi, %loop_footer_1_0_1 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 5
  br i1 %v11cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v12 = mul i32 %v11, 5
  %v13 = add nsw i32 %v9, %v12
  %v14 = mul i32 %v11, 7
  %v15 = icmp slt i32 0, %v11
  %v16 = icmp slt i32 1, %v11
  %v17 = icmp slt i32 %v11, 3
  %v18 = icmp slt i32 %v11, 4
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v19 = phi i32 [ 0, %loop_entry_1_1 ], [ %v19phi, %loop_footer_1_1 ]
  %v19phi = add i32 %v19, 1
  %v19cmp = icmp ult i32 %v19, 5
  br i1 %v19cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v20 = add nsw i32 %v14, %v19
  %v21 = add nsw i32 %v20, %v10
  %v22 = add nsw i32 %v21, %v5
  %v23 = add nsw i32 %v22, -16
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = icmp slt i32 1, %v19
  %v26 = and i1 %v25, %v16
  br label %v27_entry
v27_entry:
  br i1 %v26, label %v27_load, label %v27_exit
v27_load:
  %v27_yes = load float, float* %v24
  br label %v27_exit
v27_exit:
  %v27 = phi float [%v27_yes, %v27_load], [0.0, %v27_entry]
  %v28 = add nsw i32 %v22, -15
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = icmp slt i32 0, %v19
  %v31 = and i1 %v30, %v16
  br label %v32_entry
v32_entry:
  br i1 %v31, label %v32_load, label %v32_exit
v32_load:
  %v32_yes = load float, float* %v29
  br label %v32_exit
v32_exit:
  %v32 = phi float [%v32_yes, %v32_load], [0.0, %v32_entry]
  %v33 = add nsw i32 %v22, -14
  %v34 = getelementptr inbounds float, float* %data1, i32 %v33
  br label %v35_entry
v35_entry:
  br i1 %v16, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v34
  br label %v35_exit
v35_exit:
  %v35 = phi float [%v35_yes, %v35_load], [0.0, %v35_entry]
  %v36 = add nsw i32 %v22, -13
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  br label %v38_entry
v38_entry:
  br i1 %v16, label %v38_load, label %v38_exit
v38_load:
  %v38_yes = load float, float* %v37
  br label %v38_exit
v38_exit:
  %v38 = phi float [%v38_yes, %v38_load], [0.0, %v38_entry]
  %v39 = add nsw i32 %v22, -12
  %v40 = getelementptr inbounds float, float* %data1, i32 %v39
  br label %v41_entry
v41_entry:
  br i1 %v16, label %v41_load, label %v41_exit
v41_load:
  %v41_yes = load float, float* %v40
  br label %v41_exit
v41_exit:
  %v41 = phi float [%v41_yes, %v41_load], [0.0, %v41_entry]
  %v42 = add nsw i32 %v22, -11
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  %v44 = icmp slt i32 %v19, 4
  %v45 = and i1 %v44, %v16
  br label %v46_entry
v46_entry:
  br i1 %v45, label %v46_load, label %v46_exit
v46_load:
  %v46_yes = load float, float* %v43
  br label %v46_exit
v46_exit:
  %v46 = phi float [%v46_yes, %v46_load], [0.0, %v46_entry]
  %v47 = add nsw i32 %v22, -10
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = icmp slt i32 %v19, 3
  %v50 = and i1 %v49, %v16
  br label %v51_entry
v51_entry:
  br i1 %v50, label %v51_load, label %v51_exit
v51_load:
  %v51_yes = load float, float* %v48
  br label %v51_exit
v51_exit:
  %v51 = phi float [%v51_yes, %v51_load], [0.0, %v51_entry]
  %v52 = add nsw i32 %v22, -9
  %v53 = getelementptr inbounds float, float* %data1, i32 %v52
  %v54 = and i1 %v25, %v15
  br label %v55_entry
v55_entry:
  br i1 %v54, label %v55_load, label %v55_exit
v55_load:
  %v55_yes = load float, float* %v53
  br label %v55_exit
v55_exit:
  %v55 = phi float [%v55_yes, %v55_load], [0.0, %v55_entry]
  %v56 = add nsw i32 %v22, -8
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = and i1 %v30, %v15
  br label %v59_entry
v59_entry:
  br i1 %v58, label %v59_load, label %v59_exit
v59_load:
  %v59_yes = load float, float* %v57
  br label %v59_exit
v59_exit:
  %v59 = phi float [%v59_yes, %v59_load], [0.0, %v59_entry]
  %v60 = add nsw i32 %v22, -7
  %v61 = getelementptr inbounds float, float* %data1, i32 %v60
  br label %v62_entry
v62_entry:
  br i1 %v15, label %v62_load, label %v62_exit
v62_load:
  %v62_yes = load float, float* %v61
  br label %v62_exit
v62_exit:
  %v62 = phi float [%v62_yes, %v62_load], [0.0, %v62_entry]
  %v63 = add nsw i32 %v22, -6
  %v64 = getelementptr inbounds float, float* %data1, i32 %v63
  br label %v65_entry
v65_entry:
  br i1 %v15, label %v65_load, label %v65_exit
v65_load:
  %v65_yes = load float, float* %v64
  br label %v65_exit
v65_exit:
  %v65 = phi float [%v65_yes, %v65_load], [0.0, %v65_entry]
  %v66 = add nsw i32 %v22, -5
  %v67 = getelementptr inbounds float, float* %data1, i32 %v66
  br label %v68_entry
v68_entry:
  br i1 %v15, label %v68_load, label %v68_exit
v68_load:
  %v68_yes = load float, float* %v67
  br label %v68_exit
v68_exit:
  %v68 = phi float [%v68_yes, %v68_load], [0.0, %v68_entry]
  %v69 = add nsw i32 %v22, -4
  %v70 = getelementptr inbounds float, float* %data1, i32 %v69
  %v71 = and i1 %v44, %v15
  br label %v72_entry
v72_entry:
  br i1 %v71, label %v72_load, label %v72_exit
v72_load:
  %v72_yes = load float, float* %v70
  br label %v72_exit
v72_exit:
  %v72 = phi float [%v72_yes, %v72_load], [0.0, %v72_entry]
  %v73 = add nsw i32 %v22, -3
  %v74 = getelementptr inbounds float, float* %data1, i32 %v73
  %v75 = and i1 %v49, %v15
  br label %v76_entry
v76_entry:
  br i1 %v75, label %v76_load, label %v76_exit
v76_load:
  %v76_yes = load float, float* %v74
  br label %v76_exit
v76_exit:
  %v76 = phi float [%v76_yes, %v76_load], [0.0, %v76_entry]
  %v77 = add nsw i32 %v22, -2
  %v78 = getelementptr inbounds float, float* %data1, i32 %v77
  br label %v79_entry
v79_entry:
  br i1 %v25, label %v79_load, label %v79_exit
v79_load:
  %v79_yes = load float, float* %v78
  br label %v79_exit
v79_exit:
  %v79 = phi float [%v79_yes, %v79_load], [0.0, %v79_entry]
  %v80 = add nsw i32 %v22, -1
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  br label %v82_entry
v82_entry:
  br i1 %v30, label %v82_load, label %v82_exit
v82_load:
  %v82_yes = load float, float* %v81
  br label %v82_exit
v82_exit:
  %v82 = phi float [%v82_yes, %v82_load], [0.0, %v82_entry]
  %v83 = add nsw i32 %v22, 1
  %v84 = getelementptr inbounds float, float* %data1, i32 %v83
  %v85 = load float, float* %v84
  %v86 = add nsw i32 %v22, 2
  %v87 = getelementptr inbounds float, float* %data1, i32 %v86
  %v88 = load float, float* %v87
  %v89 = add nsw i32 %v22, 3
  %v90 = getelementptr inbounds float, float* %data1, i32 %v89
  br label %v91_entry
v91_entry:
  br i1 %v44, label %v91_load, label %v91_exit
v91_load:
  %v91_yes = load float, float* %v90
  br label %v91_exit
v91_exit:
  %v91 = phi float [%v91_yes, %v91_load], [0.0, %v91_entry]
  %v92 = add nsw i32 %v22, 4
  %v93 = getelementptr inbounds float, float* %data1, i32 %v92
  br label %v94_entry
v94_entry:
  br i1 %v49, label %v94_load, label %v94_exit
v94_load:
  %v94_yes = load float, float* %v93
  br label %v94_exit
v94_exit:
  %v94 = phi float [%v94_yes, %v94_load], [0.0, %v94_entry]
  %v95 = add nsw i32 %v22, 5
  %v96 = getelementptr inbounds float, float* %data1, i32 %v95
  br label %v97_entry
v97_entry:
  br i1 %v25, label %v97_load, label %v97_exit
v97_load:
  %v97_yes = load float, float* %v96
  br label %v97_exit
v97_exit:
  %v97 = phi float [%v97_yes, %v97_load], [0.0, %v97_entry]
  %v98 = add nsw i32 %v22, 6
  %v99 = getelementptr inbounds float, float* %data1, i32 %v98
  br label %v100_entry
v100_entry:
  br i1 %v30, label %v100_load, label %v100_exit
v100_load:
  %v100_yes = load float, float* %v99
  br label %v100_exit
v100_exit:
  %v100 = phi float [%v100_yes, %v100_load], [0.0, %v100_entry]
  %v101 = add nsw i32 %v22, 7
  %v102 = getelementptr inbounds float, float* %data1, i32 %v101
  %v103 = load float, float* %v102
  %v104 = add nsw i32 %v22, 8
  %v105 = getelementptr inbounds float, float* %data1, i32 %v104
  %v106 = load float, float* %v105
  %v107 = add nsw i32 %v22, 9
  %v108 = getelementptr inbounds float, float* %data1, i32 %v107
  %v109 = load float, float* %v108
  %v110 = add nsw i32 %v22, 10
  %v111 = getelementptr inbounds float, float* %data1, i32 %v110
  br label %v112_entry
v112_entry:
  br i1 %v44, label %v112_load, label %v112_exit
v112_load:
  %v112_yes = load float, float* %v111
  br label %v112_exit
v112_exit:
  %v112 = phi float [%v112_yes, %v112_load], [0.0, %v112_entry]
  %v113 = add nsw i32 %v22, 11
  %v114 = getelementptr inbounds float, float* %data1, i32 %v113
  br label %v115_entry
v115_entry:
  br i1 %v49, label %v115_load, label %v115_exit
v115_load:
  %v115_yes = load float, float* %v114
  br label %v115_exit
v115_exit:
  %v115 = phi float [%v115_yes, %v115_load], [0.0, %v115_entry]
  %v116 = add nsw i32 %v22, 12
  %v117 = getelementptr inbounds float, float* %data1, i32 %v116
  br label %v118_entry
v118_entry:
  br i1 %v25, label %v118_load, label %v118_exit
v118_load:
  %v118_yes = load float, float* %v117
  br label %v118_exit
v118_exit:
  %v118 = phi float [%v118_yes, %v118_load], [0.0, %v118_entry]
  %v119 = add nsw i32 %v22, 13
  %v120 = getelementptr inbounds float, float* %data1, i32 %v119
  br label %v121_entry
v121_entry:
  br i1 %v30, label %v121_load, label %v121_exit
v121_load:
  %v121_yes = load float, float* %v120
  br label %v121_exit
v121_exit:
  %v121 = phi float [%v121_yes, %v121_load], [0.0, %v121_entry]
  %v122 = add nsw i32 %v22, 14
  %v123 = getelementptr inbounds float, float* %data1, i32 %v122
  %v124 = load float, float* %v123
  %v125 = add nsw i32 %v22, 15
  %v126 = getelementptr inbounds float, float* %data1, i32 %v125
  %v127 = load float, float* %v126
  %v128 = add nsw i32 %v22, 16
  %v129 = getelementptr inbounds float, float* %data1, i32 %v128
  %v130 = load float, float* %v129
  %v131 = add nsw i32 %v22, 17
  %v132 = getelementptr inbounds float, float* %data1, i32 %v131
  br label %v133_entry
v133_entry:
  br i1 %v44, label %v133_load, label %v133_exit
v133_load:
  %v133_yes = load float, float* %v132
  br label %v133_exit
v133_exit:
  %v133 = phi float [%v133_yes, %v133_load], [0.0, %v133_entry]
  %v134 = add nsw i32 %v22, 18
  %v135 = getelementptr inbounds float, float* %data1, i32 %v134
  br label %v136_entry
v136_entry:
  br i1 %v49, label %v136_load, label %v136_exit
v136_load:
  %v136_yes = load float, float* %v135
  br label %v136_exit
v136_exit:
  %v136 = phi float [%v136_yes, %v136_load], [0.0, %v136_entry]
  %v137 = add nsw i32 %v22, 19
  %v138 = getelementptr inbounds float, float* %data1, i32 %v137
  %v139 = and i1 %v25, %v18
  br label %v140_entry
v140_entry:
  br i1 %v139, label %v140_load, label %v140_exit
v140_load:
  %v140_yes = load float, float* %v138
  br label %v140_exit
v140_exit:
  %v140 = phi float [%v140_yes, %v140_load], [0.0, %v140_entry]
  %v141 = add nsw i32 %v22, 20
  %v142 = getelementptr inbounds float, float* %data1, i32 %v141
  %v143 = and i1 %v30, %v18
  br label %v144_entry
v144_entry:
  br i1 %v143, label %v144_load, label %v144_exit
v144_load:
  %v144_yes = load float, float* %v142
  br label %v144_exit
v144_exit:
  %v144 = phi float [%v144_yes, %v144_load], [0.0, %v144_entry]
  %v145 = add nsw i32 %v22, 21
  %v146 = getelementptr inbounds float, float* %data1, i32 %v145
  br label %v147_entry
v147_entry:
  br i1 %v18, label %v147_load, label %v147_exit
v147_load:
  %v147_yes = load float, float* %v146
  br label %v147_exit
v147_exit:
  %v147 = phi float [%v147_yes, %v147_load], [0.0, %v147_entry]
  %v148 = add nsw i32 %v22, 22
  %v149 = getelementptr inbounds float, float* %data1, i32 %v148
  br label %v150_entry
v150_entry:
  br i1 %v18, label %v150_load, label %v150_exit
v150_load:
  %v150_yes = load float, float* %v149
  br label %v150_exit
v150_exit:
  %v150 = phi float [%v150_yes, %v150_load], [0.0, %v150_entry]
  %v151 = add nsw i32 %v22, 23
  %v152 = getelementptr inbounds float, float* %data1, i32 %v151
  br label %v153_entry
v153_entry:
  br i1 %v18, label %v153_load, label %v153_exit
v153_load:
  %v153_yes = load float, float* %v152
  br label %v153_exit
v153_exit:
  %v153 = phi float [%v153_yes, %v153_load], [0.0, %v153_entry]
  %v154 = add nsw i32 %v22, 24
  %v155 = getelementptr inbounds float, float* %data1, i32 %v154
  %v156 = and i1 %v44, %v18
  br label %v157_entry
v157_entry:
  br i1 %v156, label %v157_load, label %v157_exit
v157_load:
  %v157_yes = load float, float* %v155
  br label %v157_exit
v157_exit:
  %v157 = phi float [%v157_yes, %v157_load], [0.0, %v157_entry]
  %v158 = add nsw i32 %v22, 25
  %v159 = getelementptr inbounds float, float* %data1, i32 %v158
  %v160 = and i1 %v49, %v18
  br label %v161_entry
v161_entry:
  br i1 %v160, label %v161_load, label %v161_exit
v161_load:
  %v161_yes = load float, float* %v159
  br label %v161_exit
v161_exit:
  %v161 = phi float [%v161_yes, %v161_load], [0.0, %v161_entry]
  %v162 = add nsw i32 %v22, 26
  %v163 = getelementptr inbounds float, float* %data1, i32 %v162
  %v164 = and i1 %v25, %v17
  br label %v165_entry
v165_entry:
  br i1 %v164, label %v165_load, label %v165_exit
v165_load:
  %v165_yes = load float, float* %v163
  br label %v165_exit
v165_exit:
  %v165 = phi float [%v165_yes, %v165_load], [0.0, %v165_entry]
  %v166 = add nsw i32 %v22, 27
  %v167 = getelementptr inbounds float, float* %data1, i32 %v166
  %v168 = and i1 %v30, %v17
  br label %v169_entry
v169_entry:
  br i1 %v168, label %v169_load, label %v169_exit
v169_load:
  %v169_yes = load float, float* %v167
  br label %v169_exit
v169_exit:
  %v169 = phi float [%v169_yes, %v169_load], [0.0, %v169_entry]
  %v170 = add nsw i32 %v22, 28
  %v171 = getelementptr inbounds float, float* %data1, i32 %v170
  br label %v172_entry
v172_entry:
  br i1 %v17, label %v172_load, label %v172_exit
v172_load:
  %v172_yes = load float, float* %v171
  br label %v172_exit
v172_exit:
  %v172 = phi float [%v172_yes, %v172_load], [0.0, %v172_entry]
  %v173 = add nsw i32 %v22, 29
  %v174 = getelementptr inbounds float, float* %data1, i32 %v173
  br label %v175_entry
v175_entry:
  br i1 %v17, label %v175_load, label %v175_exit
v175_load:
  %v175_yes = load float, float* %v174
  br label %v175_exit
v175_exit:
  %v175 = phi float [%v175_yes, %v175_load], [0.0, %v175_entry]
  %v176 = add nsw i32 %v22, 30
  %v177 = getelementptr inbounds float, float* %data1, i32 %v176
  br label %v178_entry
v178_entry:
  br i1 %v17, label %v178_load, label %v178_exit
v178_load:
  %v178_yes = load float, float* %v177
  br label %v178_exit
v178_exit:
  %v178 = phi float [%v178_yes, %v178_load], [0.0, %v178_entry]
  %v179 = add nsw i32 %v22, 31
  %v180 = getelementptr inbounds float, float* %data1, i32 %v179
  %v181 = and i1 %v44, %v17
  br label %v182_entry
v182_entry:
  br i1 %v181, label %v182_load, label %v182_exit
v182_load:
  %v182_yes = load float, float* %v180
  br label %v182_exit
v182_exit:
  %v182 = phi float [%v182_yes, %v182_load], [0.0, %v182_entry]
  %v183 = add nsw i32 %v22, 32
  %v184 = getelementptr inbounds float, float* %data1, i32 %v183
  %v185 = and i1 %v49, %v17
  br label %v186_entry
v186_entry:
  br i1 %v185, label %v186_load, label %v186_exit
v186_load:
  %v186_yes = load float, float* %v184
  br label %v186_exit
v186_exit:
  %v186 = phi float [%v186_yes, %v186_load], [0.0, %v186_entry]
  %v187 = getelementptr inbounds float, float* %data1, i32 %v22
  %v188 = load float, float* %v187
  %v189 = add nsw i32 %v13, %v19
  %v190 = add nsw i32 %v189, %v7
  %v191 = add nsw i32 %v190, 6400
  %v192 = getelementptr inbounds float, float* %data0, i32 %v191
  %v193 = add nsw i32 %v190, 12800
  %v194 = getelementptr inbounds float, float* %data0, i32 %v193
  %v195 = add nsw i32 %v190, 19200
  %v196 = getelementptr inbounds float, float* %data0, i32 %v195
  %v197 = add nsw i32 %v190, 25600
  %v198 = getelementptr inbounds float, float* %data0, i32 %v197
  %v199 = add nsw i32 %v190, 32000
  %v200 = getelementptr inbounds float, float* %data0, i32 %v199
  %v201 = add nsw i32 %v190, 38400
  %v202 = getelementptr inbounds float, float* %data0, i32 %v201
  %v203 = add nsw i32 %v190, 44800
  %v204 = getelementptr inbounds float, float* %data0, i32 %v203
  %v205 = add nsw i32 %v190, 51200
  %v206 = getelementptr inbounds float, float* %data0, i32 %v205
  %v207 = add nsw i32 %v190, 57600
  %v208 = getelementptr inbounds float, float* %data0, i32 %v207
  %v209 = add nsw i32 %v190, 64000
  %v210 = getelementptr inbounds float, float* %data0, i32 %v209
  %v211 = add nsw i32 %v190, 70400
  %v212 = getelementptr inbounds float, float* %data0, i32 %v211
  %v213 = add nsw i32 %v190, 76800
  %v214 = getelementptr inbounds float, float* %data0, i32 %v213
  %v215 = add nsw i32 %v190, 83200
  %v216 = getelementptr inbounds float, float* %data0, i32 %v215
  %v217 = add nsw i32 %v190, 89600
  %v218 = getelementptr inbounds float, float* %data0, i32 %v217
  %v219 = add nsw i32 %v190, 96000
  %v220 = getelementptr inbounds float, float* %data0, i32 %v219
  %v221 = add nsw i32 %v190, 102400
  %v222 = getelementptr inbounds float, float* %data0, i32 %v221
  %v223 = add nsw i32 %v190, 108800
  %v224 = getelementptr inbounds float, float* %data0, i32 %v223
  %v225 = add nsw i32 %v190, 115200
  %v226 = getelementptr inbounds float, float* %data0, i32 %v225
  %v227 = add nsw i32 %v190, 121600
  %v228 = getelementptr inbounds float, float* %data0, i32 %v227
  %v229 = add nsw i32 %v190, 128000
  %v230 = getelementptr inbounds float, float* %data0, i32 %v229
  %v231 = add nsw i32 %v190, 134400
  %v232 = getelementptr inbounds float, float* %data0, i32 %v231
  %v233 = add nsw i32 %v190, 140800
  %v234 = getelementptr inbounds float, float* %data0, i32 %v233
  %v235 = add nsw i32 %v190, 147200
  %v236 = getelementptr inbounds float, float* %data0, i32 %v235
  %v237 = add nsw i32 %v190, 153600
  %v238 = getelementptr inbounds float, float* %data0, i32 %v237
  %v239 = add nsw i32 %v190, 160000
  %v240 = getelementptr inbounds float, float* %data0, i32 %v239
  %v241 = add nsw i32 %v190, 166400
  %v242 = getelementptr inbounds float, float* %data0, i32 %v241
  %v243 = add nsw i32 %v190, 172800
  %v244 = getelementptr inbounds float, float* %data0, i32 %v243
  %v245 = add nsw i32 %v190, 179200
  %v246 = getelementptr inbounds float, float* %data0, i32 %v245
  %v247 = add nsw i32 %v190, 185600
  %v248 = getelementptr inbounds float, float* %data0, i32 %v247
  %v249 = add nsw i32 %v190, 192000
  %v250 = getelementptr inbounds float, float* %data0, i32 %v249
  %v251 = add nsw i32 %v190, 198400
  %v252 = getelementptr inbounds float, float* %data0, i32 %v251
  %v253 = add nsw i32 %v190, 204800
  %v254 = getelementptr inbounds float, float* %data0, i32 %v253
  %v255 = add nsw i32 %v190, 211200
  %v256 = getelementptr inbounds float, float* %data0, i32 %v255
  %v257 = add nsw i32 %v190, 217600
  %v258 = getelementptr inbounds float, float* %data0, i32 %v257
  %v259 = add nsw i32 %v190, 224000
  %v260 = getelementptr inbounds float, float* %data0, i32 %v259
  %v261 = add nsw i32 %v190, 230400
  %v262 = getelementptr inbounds float, float* %data0, i32 %v261
  %v263 = add nsw i32 %v190, 236800
  %v264 = getelementptr inbounds float, float* %data0, i32 %v263
  %v265 = add nsw i32 %v190, 243200
  %v266 = getelementptr inbounds float, float* %data0, i32 %v265
  %v267 = add nsw i32 %v190, 249600
  %v268 = getelementptr inbounds float, float* %data0, i32 %v267
  %v269 = add nsw i32 %v190, 256000
  %v270 = getelementptr inbounds float, float* %data0, i32 %v269
  %v271 = add nsw i32 %v190, 262400
  %v272 = getelementptr inbounds float, float* %data0, i32 %v271
  %v273 = add nsw i32 %v190, 268800
  %v274 = getelementptr inbounds float, float* %data0, i32 %v273
  %v275 = add nsw i32 %v190, 275200
  %v276 = getelementptr inbounds float, float* %data0, i32 %v275
  %v277 = add nsw i32 %v190, 281600
  %v278 = getelementptr inbounds float, float* %data0, i32 %v277
  %v279 = add nsw i32 %v190, 288000
  %v280 = getelementptr inbounds float, float* %data0, i32 %v279
  %v281 = add nsw i32 %v190, 294400
  %v282 = getelementptr inbounds float, float* %data0, i32 %v281
  %v283 = add nsw i32 %v190, 300800
  %v284 = getelementptr inbounds float, float* %data0, i32 %v283
  %v285 = add nsw i32 %v190, 307200
  %v286 = getelementptr inbounds float, float* %data0, i32 %v285
  %v287 = getelementptr inbounds float, float* %data0, i32 %v190
  store float %v32, float* %v192
  store float %v35, float* %v194
  store float %v38, float* %v196
  store float %v41, float* %v198
  store float %v46, float* %v200
  store float %v51, float* %v202
  store float %v55, float* %v204
  store float %v59, float* %v206
  store float %v62, float* %v208
  store float %v65, float* %v210
  store float %v68, float* %v212
  store float %v72, float* %v214
  store float %v76, float* %v216
  store float %v79, float* %v218
  store float %v82, float* %v220
  store float %v188, float* %v222
  store float %v85, float* %v224
  store float %v88, float* %v226
  store float %v91, float* %v228
  store float %v94, float* %v230
  store float %v97, float* %v232
  store float %v100, float* %v234
  store float %v103, float* %v236
  store float %v106, float* %v238
  store float %v109, float* %v240
  store float %v112, float* %v242
  store float %v115, float* %v244
  store float %v118, float* %v246
  store float %v121, float* %v248
  store float %v124, float* %v250
  store float %v127, float* %v252
  store float %v130, float* %v254
  store float %v133, float* %v256
  store float %v136, float* %v258
  store float %v140, float* %v260
  store float %v144, float* %v262
  store float %v147, float* %v264
  store float %v150, float* %v266
  store float %v153, float* %v268
  store float %v157, float* %v270
  store float %v161, float* %v272
  store float %v165, float* %v274
  store float %v169, float* %v276
  store float %v172, float* %v278
  store float %v175, float* %v280
  store float %v178, float* %v282
  store float %v182, float* %v284
  store float %v186, float* %v286
  store float %v27, float* %v287
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