define void @E_16_32_49_2_4_4(float* noalias align 32 %data0, i1* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, i32 %data4) #0
{

  %v1 = mul i32 %data4, 401408
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 16
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 25088
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v5 = phi i32 [ 0, %loop_entry_1_0 ], [ %v5phi, %loop_footer_1_0 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 32
  br i1 %v5cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v6 = shl i32 %v5, 2
  %v7 = getelementptr inbounds float, float* %data3, i32 %v6
  %v8 = load <4 x float>, <4 x float>* %v7
  %v9 = extractelement <4 x float> %v8, i32 0
  %v10 = extractelement <4 x float> %v8, i32 1
  %v11 = extractelement <4 x float> %v8, i32 2
  %v12 = extractelement <4 x float> %v8, i32 3
  %v13 = mul i32 %v5, 196
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v14 = phi i32 [ 0, %loop_entry_1_1 ], [ %v14phi, %loop_footer_1_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 49
  br i1 %v14cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v4, %v15
  %v17 = add nsw i32 %v16, 49
  %v18 = getelementptr inbounds i1, i1* %data1, i32 %v17
  %v19 = load i1, i1* %v18
  %v20 = add nsw i32 %v16, 98
  %v21 = getelementptr inbounds i1, i1* %data1, i32 %v20
  %v22 = load i1, i1* %v21
  %v23 = add nsw i32 %v16, 147
  %v24 = getelementptr inbounds i1, i1* %data1, i32 %v23
  %v25 = load i1, i1* %v24
  %v26 = add nsw i32 %v16, 6272
  %v27 = getelementptr inbounds i1, i1* %data1, i32 %v26
  %v28 = load i1, i1* %v27
  %v29 = add nsw i32 %v16, 6321
  %v30 = getelementptr inbounds i1, i1* %data1, i32 %v29
  %v31 = load i1, i1* %v30
  %v32 = add nsw i32 %v16, 6370
  %v33 = getelementptr inbounds i1, i1* %data1, i32 %v32
  %v34 = load i1, i1* %v33
  %v35 = add nsw i32 %v16, 6419
  %v36 = getelementptr inbounds i1, i1* %data1, i32 %v35
  %v37 = load i1, i1* %v36
  %v38 = add nsw i32 %v16, 12544
  %v39 = getelementptr inbounds i1, i1* %data1, i32 %v38
  %v40 = load i1, i1* %v39
  %v41 = add nsw i32 %v16, 12593
  %v42 = getelementptr inbounds i1, i1* %data1, i32 %v41
  %v43 = load i1, i1* %v42
  %v44 = add nsw i32 %v16, 12642
  %v45 = getelementptr inbounds i1, i1* %data1, i32 %v44
  %v46 = load i1, i1* %v45
  %v47 = add nsw i32 %v16, 12691
  %v48 = getelementptr inbounds i1, i1* %data1, i32 %v47
  %v49 = load i1, i1* %v48
  %v50 = add nsw i32 %v16, 18816
  %v51 = getelementptr inbounds i1, i1* %data1, i32 %v50
  %v52 = load i1, i1* %v51
  %v53 = add nsw i32 %v16, 18865
  %v54 = getelementptr inbounds i1, i1* %data1, i32 %v53
  %v55 = load i1, i1* %v54
  %v56 = add nsw i32 %v16, 18914
  %v57 = getelementptr inbounds i1, i1* %data1, i32 %v56
  %v58 = load i1, i1* %v57
  %v59 = add nsw i32 %v16, 18963
  %v60 = getelementptr inbounds i1, i1* %data1, i32 %v59
  %v61 = load i1, i1* %v60
  %v62 = getelementptr inbounds i1, i1* %data1, i32 %v16
  %v63 = load i1, i1* %v62
  %v64 = shl i32 %v14, 7
  %v65 = add nsw i32 %v4, %v64
  %v66 = add nsw i32 %v65, %v6
  %v67 = add nsw i32 %v66, 6272
  %v68 = getelementptr inbounds float, float* %data2, i32 %v67
  %v69 = load <4 x float>, <4 x float>* %v68
  %v70 = add nsw i32 %v66, 12544
  %v71 = getelementptr inbounds float, float* %data2, i32 %v70
  %v72 = load <4 x float>, <4 x float>* %v71
  %v73 = add nsw i32 %v66, 18816
  %v74 = getelementptr inbounds float, float* %data2, i32 %v73
  %v75 = load <4 x float>, <4 x float>* %v74
  %v76 = getelementptr inbounds float, float* %data2, i32 %v66
  %v77 = load <4 x float>, <4 x float>* %v76
  %v78 = getelementptr inbounds float, float* %data0, i32 %v17
  %v79 = getelementptr inbounds float, float* %data0, i32 %v20
  %v80 = getelementptr inbounds float, float* %data0, i32 %v23
  %v81 = getelementptr inbounds float, float* %data0, i32 %v26
  %v82 = getelementptr inbounds float, float* %data0, i32 %v29
  %v83 = getelementptr inbounds float, float* %data0, i32 %v32
  %v84 = getelementptr inbounds float, float* %data0, i32 %v35
  %v85 = getelementptr inbounds float, float* %data0, i32 %v38
  %v86 = getelementptr inbounds float, float* %data0, i32 %v41
  %v87 = getelementptr inbounds float, float* %data0, i32 %v44
  %v88 = getelementptr inbounds float, float* %data0, i32 %v47
  %v89 = getelementptr inbounds float, float* %data0, i32 %v50
  %v90 = getelementptr inbounds float, float* %data0, i32 %v53
  %v91 = getelementptr inbounds float, float* %data0, i32 %v56
  %v92 = getelementptr inbounds float, float* %data0, i32 %v59
  %v93 = getelementptr inbounds float, float* %data0, i32 %v16
  %v94 = extractelement <4 x float> %v69, i32 0
  %v95 = extractelement <4 x float> %v69, i32 1
  %v96 = extractelement <4 x float> %v69, i32 2
  %v97 = extractelement <4 x float> %v69, i32 3
  %v98 = extractelement <4 x float> %v72, i32 0
  %v99 = extractelement <4 x float> %v72, i32 1
  %v100 = extractelement <4 x float> %v72, i32 2
  %v101 = extractelement <4 x float> %v72, i32 3
  %v102 = extractelement <4 x float> %v75, i32 0
  %v103 = extractelement <4 x float> %v75, i32 1
  %v104 = extractelement <4 x float> %v75, i32 2
  %v105 = extractelement <4 x float> %v75, i32 3
  %v106 = extractelement <4 x float> %v77, i32 0
  %v107 = extractelement <4 x float> %v77, i32 1
  %v108 = extractelement <4 x float> %v77, i32 2
  %v109 = extractelement <4 x float> %v77, i32 3
  %v110 = fadd nsz arcp contract afn float %v94, %v9
  %v111 = fadd nsz arcp contract afn float %v95, %v10
  %v112 = fadd nsz arcp contract afn float %v96, %v11
  %v113 = fadd nsz arcp contract afn float %v97, %v12
  %v114 = fadd nsz arcp contract afn float %v98, %v9
  %v115 = fadd nsz arcp contract afn float %v99, %v10
  %v116 = fadd nsz arcp contract afn float %v100, %v11
  %v117 = fadd nsz arcp contract afn float %v101, %v12
  %v118 = fadd nsz arcp contract afn float %v102, %v9
  %v119 = fadd nsz arcp contract afn float %v103, %v10
  %v120 = fadd nsz arcp contract afn float %v104, %v11
  %v121 = fadd nsz arcp contract afn float %v105, %v12
  %v122 = fadd nsz arcp contract afn float %v106, %v9
  %v123 = fadd nsz arcp contract afn float %v107, %v10
  %v124 = fadd nsz arcp contract afn float %v108, %v11
  %v125 = fadd nsz arcp contract afn float %v109, %v12
  %v126 = fmul nsz arcp contract afn float 0.20000000298023224, %v110
  %v127 = fmul nsz arcp contract afn float 0.20000000298023224, %v111
  %v128 = fmul nsz arcp contract afn float 0.20000000298023224, %v112
  %v129 = fmul nsz arcp contract afn float 0.20000000298023224, %v113
  %v130 = fmul nsz arcp contract afn float 0.20000000298023224, %v114
  %v131 = fmul nsz arcp contract afn float 0.20000000298023224, %v115
  %v132 = fmul nsz arcp contract afn float 0.20000000298023224, %v116
  %v133 = fmul nsz arcp contract afn float 0.20000000298023224, %v117
  %v134 = fmul nsz arcp contract afn float 0.20000000298023224, %v118
  %v135 = fmul nsz arcp contract afn float 0.20000000298023224, %v119
  %v136 = fmul nsz arcp contract afn float 0.20000000298023224, %v120
  %v137 = fmul nsz arcp contract afn float 0.20000000298023224, %v121
  %v138 = fmul nsz arcp contract afn float 0.20000000298023224, %v122
  %v139 = fmul nsz arcp contract afn float 0.20000000298023224, %v123
  %v140 = fmul nsz arcp contract afn float 0.20000000298023224, %v124
  %v141 = fmul nsz arcp contract afn float 0.20000000298023224, %v125
  %v142 = fcmp nsz arcp contract afn olt float %v123, 0.0
  %v143 = select i1 %v142, float %v139, float %v123
  %v144 = select i1 %v19, float %v143, float 0.0
  %v145 = fmul nsz arcp contract afn float %v144, 1.4285714626312256
  %v146 = fcmp nsz arcp contract afn olt float %v124, 0.0
  %v147 = select i1 %v146, float %v140, float %v124
  %v148 = select i1 %v22, float %v147, float 0.0
  %v149 = fmul nsz arcp contract afn float %v148, 1.4285714626312256
  %v150 = fcmp nsz arcp contract afn olt float %v125, 0.0
  %v151 = select i1 %v150, float %v141, float %v125
  %v152 = select i1 %v25, float %v151, float 0.0
  %v153 = fmul nsz arcp contract afn float %v152, 1.4285714626312256
  %v154 = fcmp nsz arcp contract afn olt float %v110, 0.0
  %v155 = select i1 %v154, float %v126, float %v110
  %v156 = select i1 %v28, float %v155, float 0.0
  %v157 = fmul nsz arcp contract afn float %v156, 1.4285714626312256
  %v158 = fcmp nsz arcp contract afn olt float %v111, 0.0
  %v159 = select i1 %v158, float %v127, float %v111
  %v160 = select i1 %v31, float %v159, float 0.0
  %v161 = fmul nsz arcp contract afn float %v160, 1.4285714626312256
  %v162 = fcmp nsz arcp contract afn olt float %v112, 0.0
  %v163 = select i1 %v162, float %v128, float %v112
  %v164 = select i1 %v34, float %v163, float 0.0
  %v165 = fmul nsz arcp contract afn float %v164, 1.4285714626312256
  %v166 = fcmp nsz arcp contract afn olt float %v113, 0.0
  %v167 = select i1 %v166, float %v129, float %v113
  %v168 = select i1 %v37, float %v167, float 0.0
  %v169 = fmul nsz arcp contract afn float %v168, 1.4285714626312256
  %v170 = fcmp nsz arcp contract afn olt float %v114, 0.0
  %v171 = select i1 %v170, float %v130, float %v114
  %v172 = select i1 %v40, float %v171, float 0.0
  %v173 = fmul nsz arcp contract afn float %v172, 1.4285714626312256
  %v174 = fcmp nsz arcp contract afn olt float %v115, 0.0
  %v175 = select i1 %v174, float %v131, float %v115
  %v176 = select i1 %v43, float %v175, float 0.0
  %v177 = fmul nsz arcp contract afn float %v176, 1.4285714626312256
  %v178 = fcmp nsz arcp contract afn olt float %v116, 0.0
  %v179 = select i1 %v178, float %v132, float %v116
  %v180 = select i1 %v46, float %v179, float 0.0
  %v181 = fmul nsz arcp contract afn float %v180, 1.4285714626312256
  %v182 = fcmp nsz arcp contract afn olt float %v117, 0.0
  %v183 = select i1 %v182, float %v133, float %v117
  %v184 = select i1 %v49, float %v183, float 0.0
  %v185 = fmul nsz arcp contract afn float %v184, 1.4285714626312256
  %v186 = fcmp nsz arcp contract afn olt float %v118, 0.0
  %v187 = select i1 %v186, float %v134, float %v118
  %v188 = select i1 %v52, float %v187, float 0.0
  %v189 = fmul nsz arcp contract afn float %v188, 1.4285714626312256
  %v190 = fcmp nsz arcp contract afn olt float %v119, 0.0
  %v191 = select i1 %v190, float %v135, float %v119
  %v192 = select i1 %v55, float %v191, float 0.0
  %v193 = fmul nsz arcp contract afn float %v192, 1.4285714626312256
  %v194 = fcmp nsz arcp contract afn olt float %v120, 0.0
  %v195 = select i1 %v194, float %v136, float %v120
  %v196 = select i1 %v58, float %v195, float 0.0
  %v197 = fmul nsz arcp contract afn float %v196, 1.4285714626312256
  %v198 = fcmp nsz arcp contract afn olt float %v121, 0.0
  %v199 = select i1 %v198, float %v137, float %v121
  %v200 = select i1 %v61, float %v199, float 0.0
  %v201 = fmul nsz arcp contract afn float %v200, 1.4285714626312256
  %v202 = fcmp nsz arcp contract afn olt float %v122, 0.0
  %v203 = select i1 %v202, float %v138, float %v122
  %v204 = select i1 %v63, float %v203, float 0.0
  %v205 = fmul nsz arcp contract afn float %v204, 1.4285714626312256
  store float %v145, float* %v78
  store float %v149, float* %v79
  store float %v153, float* %v80
  store float %v157, float* %v81
  store float %v161, float* %v82
  store float %v165, float* %v83
  store float %v169, float* %v84
  store float %v173, float* %v85
  store float %v177, float* %v86
  store float %v181, float* %v87
  store float %v185, float* %v88
  store float %v189, float* %v89
  store float %v193, float* %v90
  store float %v197, float* %v91
  store float %v201, float* %v92
  store float %v205, float* %v93
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }