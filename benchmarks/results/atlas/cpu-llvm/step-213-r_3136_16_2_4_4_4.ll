define void @r_3136_16_2_4_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %v1 = mul i32 %data3, 50176
  %v2 = mul i32 %data3, 802816
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 3136
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = shl i32 %v3, 4
  %v5 = add nsw i32 %v1, %v4
  %v6 = add nsw i32 %v5, 4
  %v7 = getelementptr inbounds float, float* %data1, i32 %v6
  %v8 = load <4 x float>, <4 x float>* %v7
  %v9 = add nsw i32 %v5, 8
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load <4 x float>, <4 x float>* %v10
  %v12 = add nsw i32 %v5, 12
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load <4 x float>, <4 x float>* %v13
  %v15 = getelementptr inbounds float, float* %data1, i32 %v5
  %v16 = load <4 x float>, <4 x float>* %v15
  %v17 = extractelement <4 x float> %v8, i32 0
  %v18 = extractelement <4 x float> %v8, i32 1
  %v19 = extractelement <4 x float> %v8, i32 2
  %v20 = extractelement <4 x float> %v8, i32 3
  %v21 = extractelement <4 x float> %v11, i32 0
  %v22 = extractelement <4 x float> %v11, i32 1
  %v23 = extractelement <4 x float> %v11, i32 2
  %v24 = extractelement <4 x float> %v11, i32 3
  %v25 = extractelement <4 x float> %v14, i32 0
  %v26 = extractelement <4 x float> %v14, i32 1
  %v27 = extractelement <4 x float> %v14, i32 2
  %v28 = extractelement <4 x float> %v14, i32 3
  %v29 = extractelement <4 x float> %v16, i32 0
  %v30 = extractelement <4 x float> %v16, i32 1
  %v31 = extractelement <4 x float> %v16, i32 2
  %v32 = extractelement <4 x float> %v16, i32 3
  %v33 = shl i32 %v3, 8
  %v34 = add nsw i32 %v2, %v33
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v35 = phi i32 [ 0, %loop_entry_2 ], [ %v35phi, %loop_footer_2 ]
  %v35phi = add i32 %v35, 1
  %v35cmp = icmp ult i32 %v35, 16
  br i1 %v35cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v36 = shl i32 %v35, 4
  %v37 = add nsw i32 %v36, 4
  %v38 = getelementptr inbounds float, float* %data2, i32 %v37
  %v39 = load <4 x float>, <4 x float>* %v38
  %v40 = add nsw i32 %v36, 8
  %v41 = getelementptr inbounds float, float* %data2, i32 %v40
  %v42 = load <4 x float>, <4 x float>* %v41
  %v43 = add nsw i32 %v36, 12
  %v44 = getelementptr inbounds float, float* %data2, i32 %v43
  %v45 = load <4 x float>, <4 x float>* %v44
  %v46 = getelementptr inbounds float, float* %data2, i32 %v36
  %v47 = load <4 x float>, <4 x float>* %v46
  %v48 = extractelement <4 x float> %v39, i32 0
  %v49 = extractelement <4 x float> %v39, i32 1
  %v50 = extractelement <4 x float> %v39, i32 2
  %v51 = extractelement <4 x float> %v39, i32 3
  %v52 = extractelement <4 x float> %v42, i32 0
  %v53 = extractelement <4 x float> %v42, i32 1
  %v54 = extractelement <4 x float> %v42, i32 2
  %v55 = extractelement <4 x float> %v42, i32 3
  %v56 = extractelement <4 x float> %v45, i32 0
  %v57 = extractelement <4 x float> %v45, i32 1
  %v58 = extractelement <4 x float> %v45, i32 2
  %v59 = extractelement <4 x float> %v45, i32 3
  %v60 = extractelement <4 x float> %v47, i32 0
  %v61 = extractelement <4 x float> %v47, i32 1
  %v62 = extractelement <4 x float> %v47, i32 2
  %v63 = extractelement <4 x float> %v47, i32 3
  %v64 = fmul nsz arcp contract afn float %v17, %v48
  %v65 = fmul nsz arcp contract afn float %v18, %v49
  %v66 = fadd nsz arcp contract afn float %v64, %v65
  %v67 = fmul nsz arcp contract afn float %v19, %v50
  %v68 = fadd nsz arcp contract afn float %v66, %v67
  %v69 = fmul nsz arcp contract afn float %v20, %v51
  %v70 = fadd nsz arcp contract afn float %v68, %v69
  %v71 = fmul nsz arcp contract afn float %v17, %v52
  %v72 = fmul nsz arcp contract afn float %v18, %v53
  %v73 = fadd nsz arcp contract afn float %v71, %v72
  %v74 = fmul nsz arcp contract afn float %v19, %v54
  %v75 = fadd nsz arcp contract afn float %v73, %v74
  %v76 = fmul nsz arcp contract afn float %v20, %v55
  %v77 = fadd nsz arcp contract afn float %v75, %v76
  %v78 = fmul nsz arcp contract afn float %v17, %v56
  %v79 = fmul nsz arcp contract afn float %v18, %v57
  %v80 = fadd nsz arcp contract afn float %v78, %v79
  %v81 = fmul nsz arcp contract afn float %v19, %v58
  %v82 = fadd nsz arcp contract afn float %v80, %v81
  %v83 = fmul nsz arcp contract afn float %v20, %v59
  %v84 = fadd nsz arcp contract afn float %v82, %v83
  %v85 = fmul nsz arcp contract afn float %v17, %v60
  %v86 = fmul nsz arcp contract afn float %v18, %v61
  %v87 = fadd nsz arcp contract afn float %v85, %v86
  %v88 = fmul nsz arcp contract afn float %v19, %v62
  %v89 = fadd nsz arcp contract afn float %v87, %v88
  %v90 = fmul nsz arcp contract afn float %v20, %v63
  %v91 = fadd nsz arcp contract afn float %v89, %v90
  %v92_0 = insertelement <4 x float> poison, float %v91, i32 0
  %v92_1 = insertelement <4 x float> %v92_0, float %v70, i32 1
  %v92_2 = insertelement <4 x float> %v92_1, float %v77, i32 2
  %v92 = insertelement <4 x float> %v92_2, float %v84, i32 3
  %v93 = fmul nsz arcp contract afn float %v21, %v48
  %v94 = fmul nsz arcp contract afn float %v22, %v49
  %v95 = fadd nsz arcp contract afn float %v93, %v94
  %v96 = fmul nsz arcp contract afn float %v23, %v50
  %v97 = fadd nsz arcp contract afn float %v95, %v96
  %v98 = fmul nsz arcp contract afn float %v24, %v51
  %v99 = fadd nsz arcp contract afn float %v97, %v98
  %v100 = fmul nsz arcp contract afn float %v21, %v52
  %v101 = fmul nsz arcp contract afn float %v22, %v53
  %v102 = fadd nsz arcp contract afn float %v100, %v101
  %v103 = fmul nsz arcp contract afn float %v23, %v54
  %v104 = fadd nsz arcp contract afn float %v102, %v103
  %v105 = fmul nsz arcp contract afn float %v24, %v55
  %v106 = fadd nsz arcp contract afn float %v104, %v105
  %v107 = fmul nsz arcp contract afn float %v21, %v56
  %v108 = fmul nsz arcp contract afn float %v22, %v57
  %v109 = fadd nsz arcp contract afn float %v107, %v108
  %v110 = fmul nsz arcp contract afn float %v23, %v58
  %v111 = fadd nsz arcp contract afn float %v109, %v110
  %v112 = fmul nsz arcp contract afn float %v24, %v59
  %v113 = fadd nsz arcp contract afn float %v111, %v112
  %v114 = fmul nsz arcp contract afn float %v21, %v60
  %v115 = fmul nsz arcp contract afn float %v22, %v61
  %v116 = fadd nsz arcp contract afn float %v114, %v115
  %v117 = fmul nsz arcp contract afn float %v23, %v62
  %v118 = fadd nsz arcp contract afn float %v116, %v117
  %v119 = fmul nsz arcp contract afn float %v24, %v63
  %v120 = fadd nsz arcp contract afn float %v118, %v119
  %v121_0 = insertelement <4 x float> poison, float %v120, i32 0
  %v121_1 = insertelement <4 x float> %v121_0, float %v99, i32 1
  %v121_2 = insertelement <4 x float> %v121_1, float %v106, i32 2
  %v121 = insertelement <4 x float> %v121_2, float %v113, i32 3
  %v122 = fmul nsz arcp contract afn float %v25, %v48
  %v123 = fmul nsz arcp contract afn float %v26, %v49
  %v124 = fadd nsz arcp contract afn float %v122, %v123
  %v125 = fmul nsz arcp contract afn float %v27, %v50
  %v126 = fadd nsz arcp contract afn float %v124, %v125
  %v127 = fmul nsz arcp contract afn float %v28, %v51
  %v128 = fadd nsz arcp contract afn float %v126, %v127
  %v129 = fmul nsz arcp contract afn float %v25, %v52
  %v130 = fmul nsz arcp contract afn float %v26, %v53
  %v131 = fadd nsz arcp contract afn float %v129, %v130
  %v132 = fmul nsz arcp contract afn float %v27, %v54
  %v133 = fadd nsz arcp contract afn float %v131, %v132
  %v134 = fmul nsz arcp contract afn float %v28, %v55
  %v135 = fadd nsz arcp contract afn float %v133, %v134
  %v136 = fmul nsz arcp contract afn float %v25, %v56
  %v137 = fmul nsz arcp contract afn float %v26, %v57
  %v138 = fadd nsz arcp contract afn float %v136, %v137
  %v139 = fmul nsz arcp contract afn float %v27, %v58
  %v140 = fadd nsz arcp contract afn float %v138, %v139
  %v141 = fmul nsz arcp contract afn float %v28, %v59
  %v142 = fadd nsz arcp contract afn float %v140, %v141
  %v143 = fmul nsz arcp contract afn float %v25, %v60
  %v144 = fmul nsz arcp contract afn float %v26, %v61
  %v145 = fadd nsz arcp contract afn float %v143, %v144
  %v146 = fmul nsz arcp contract afn float %v27, %v62
  %v147 = fadd nsz arcp contract afn float %v145, %v146
  %v148 = fmul nsz arcp contract afn float %v28, %v63
  %v149 = fadd nsz arcp contract afn float %v147, %v148
  %v150_0 = insertelement <4 x float> poison, float %v149, i32 0
  %v150_1 = insertelement <4 x float> %v150_0, float %v128, i32 1
  %v150_2 = insertelement <4 x float> %v150_1, float %v135, i32 2
  %v150 = insertelement <4 x float> %v150_2, float %v142, i32 3
  %v151 = fmul nsz arcp contract afn float %v29, %v48
  %v152 = fmul nsz arcp contract afn float %v30, %v49
  %v153 = fadd nsz arcp contract afn float %v151, %v152
  %v154 = fmul nsz arcp contract afn float %v31, %v50
  %v155 = fadd nsz arcp contract afn float %v153, %v154
  %v156 = fmul nsz arcp contract afn float %v32, %v51
  %v157 = fadd nsz arcp contract afn float %v155, %v156
  %v158 = fmul nsz arcp contract afn float %v29, %v52
  %v159 = fmul nsz arcp contract afn float %v30, %v53
  %v160 = fadd nsz arcp contract afn float %v158, %v159
  %v161 = fmul nsz arcp contract afn float %v31, %v54
  %v162 = fadd nsz arcp contract afn float %v160, %v161
  %v163 = fmul nsz arcp contract afn float %v32, %v55
  %v164 = fadd nsz arcp contract afn float %v162, %v163
  %v165 = fmul nsz arcp contract afn float %v29, %v56
  %v166 = fmul nsz arcp contract afn float %v30, %v57
  %v167 = fadd nsz arcp contract afn float %v165, %v166
  %v168 = fmul nsz arcp contract afn float %v31, %v58
  %v169 = fadd nsz arcp contract afn float %v167, %v168
  %v170 = fmul nsz arcp contract afn float %v32, %v59
  %v171 = fadd nsz arcp contract afn float %v169, %v170
  %v172 = fmul nsz arcp contract afn float %v29, %v60
  %v173 = fmul nsz arcp contract afn float %v30, %v61
  %v174 = fadd nsz arcp contract afn float %v172, %v173
  %v175 = fmul nsz arcp contract afn float %v31, %v62
  %v176 = fadd nsz arcp contract afn float %v174, %v175
  %v177 = fmul nsz arcp contract afn float %v32, %v63
  %v178 = fadd nsz arcp contract afn float %v176, %v177
  %v179_0 = insertelement <4 x float> poison, float %v178, i32 0
  %v179_1 = insertelement <4 x float> %v179_0, float %v157, i32 1
  %v179_2 = insertelement <4 x float> %v179_1, float %v164, i32 2
  %v179 = insertelement <4 x float> %v179_2, float %v171, i32 3
  %v180 = shl i32 %v35, 2
  %v181 = add nsw i32 %v34, %v180
  %v182 = add nsw i32 %v181, 64
  %v183 = getelementptr inbounds float, float* %data0, i32 %v182
  %v184 = add nsw i32 %v181, 128
  %v185 = getelementptr inbounds float, float* %data0, i32 %v184
  %v186 = add nsw i32 %v181, 192
  %v187 = getelementptr inbounds float, float* %data0, i32 %v186
  %v188 = getelementptr inbounds float, float* %data0, i32 %v181
  store <4 x float> %v92, <4 x float>* %v183
  store <4 x float> %v121, <4 x float>* %v185
  store <4 x float> %v150, <4 x float>* %v187
  store <4 x float> %v179, <4 x float>* %v188
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }