define void @E_1792_14_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 1792
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = mul i32 %v0, 14
  %v2 = mul i32 %v0, 56
  br label %loop_entry_2_0
loop_entry_2_0:
  br label %loop_latch_2_0
loop_latch_2_0:
  %v3 = phi i32 [ 0, %loop_entry_2_0 ], [ %v3phi, %loop_footer_2_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 14
  br i1 %v3cmp, label %loop_body_2_0, label %loop_exit_2_0
loop_body_2_0:
  %v4 = add nsw i32 %v1, %v3
  %v5 = getelementptr inbounds float, float* %data1, i32 %v4
  %v6 = load float, float* %v5
  %v7 = getelementptr inbounds float, float* %data2, i32 %v4
  %v8 = load float, float* %v7
  %v9 = getelementptr inbounds float, float* %data3, i32 %v4
  %v10 = load float, float* %v9
  %v11 = getelementptr inbounds float, float* %data4, i32 %v4
  %v12 = load float, float* %v11
  %v13 = fmul nsz arcp contract afn float %v6, -2.885390043258667
  %v14 = fcmp nsz arcp contract afn une float %v13, 0xFFF0000000000000
  %v15 = fcmp nsz arcp contract afn une float %v13, 0x7FF0000000000000
  %v16 = fcmp nsz arcp contract afn une float %v13, %v13
  %v17 = select i1 %v14, float %v13, float 0.0
  %v18 = select i1 %v16, float 0.0, float %v17
  %v19 = select i1 %v15, float %v18, float 0.0
  %v20 = fcmp nsz arcp contract afn olt float %v19, 0.0
  %v21 = select i1 %v20, float -0.5, float 0.5
  %v22 = fadd nsz arcp contract afn float %v19, %v21
  %v23 = fptosi float %v22 to i32
  %v24 = fmul nsz arcp contract afn float %v8, -2.885390043258667
  %v25 = fcmp nsz arcp contract afn une float %v24, 0xFFF0000000000000
  %v26 = fcmp nsz arcp contract afn une float %v24, 0x7FF0000000000000
  %v27 = fcmp nsz arcp contract afn une float %v24, %v24
  %v28 = select i1 %v25, float %v24, float 0.0
  %v29 = select i1 %v27, float 0.0, float %v28
  %v30 = select i1 %v26, float %v29, float 0.0
  %v31 = fcmp nsz arcp contract afn olt float %v30, 0.0
  %v32 = select i1 %v31, float -0.5, float 0.5
  %v33 = fadd nsz arcp contract afn float %v30, %v32
  %v34 = fptosi float %v33 to i32
  %v35 = sitofp i32 %v23 to float
  %v36 = sitofp i32 %v34 to float
  %v37 = ashr i32 %v23, 1
  %v38 = mul i32 %v37, -1
  %v39 = add nsw i32 %v23, %v38
  %v40 = add nsw i32 %v39, 127
  %v41 = shl i32 %v40, 23
  %v42 = bitcast i32 %v41 to float
  %v43 = ashr i32 %v34, 1
  %v44 = mul i32 %v43, -1
  %v45 = add nsw i32 %v34, %v44
  %v46 = add nsw i32 %v45, 127
  %v47 = shl i32 %v46, 23
  %v48 = bitcast i32 %v47 to float
  %v49 = add nsw i32 %v37, 127
  %v50 = shl i32 %v49, 23
  %v51 = bitcast i32 %v50 to float
  %v52 = add nsw i32 %v43, 127
  %v53 = shl i32 %v52, 23
  %v54 = bitcast i32 %v53 to float
  %v55 = fmul nsz arcp contract afn float %v35, -1.0
  %v56 = fadd nsz arcp contract afn float %v19, %v55
  %v57 = fmul nsz arcp contract afn float 0.00015359208919107914, %v56
  %v58 = fadd nsz arcp contract afn float %v57, 0.0013392627006396651
  %v59 = fmul nsz arcp contract afn float %v36, -1.0
  %v60 = fadd nsz arcp contract afn float %v30, %v59
  %v61 = fmul nsz arcp contract afn float 0.00015359208919107914, %v60
  %v62 = fadd nsz arcp contract afn float %v61, 0.0013392627006396651
  %v63 = fmul nsz arcp contract afn float %v58, %v56
  %v64 = fadd nsz arcp contract afn float %v63, 0.009618384763598442
  %v65 = fmul nsz arcp contract afn float %v62, %v60
  %v66 = fadd nsz arcp contract afn float %v65, 0.009618384763598442
  %v67 = fmul nsz arcp contract afn float %v64, %v56
  %v68 = fadd nsz arcp contract afn float %v67, 0.055503472685813904
  %v69 = fmul nsz arcp contract afn float %v66, %v60
  %v70 = fadd nsz arcp contract afn float %v69, 0.055503472685813904
  %v71 = fmul nsz arcp contract afn float %v68, %v56
  %v72 = fadd nsz arcp contract afn float %v71, 0.24022644758224487
  %v73 = fmul nsz arcp contract afn float %v70, %v60
  %v74 = fadd nsz arcp contract afn float %v73, 0.24022644758224487
  %v75 = fmul nsz arcp contract afn float %v72, %v56
  %v76 = fadd nsz arcp contract afn float %v75, 0.6931471824645996
  %v77 = fmul nsz arcp contract afn float %v74, %v60
  %v78 = fadd nsz arcp contract afn float %v77, 0.6931471824645996
  %v79 = fmul nsz arcp contract afn float %v76, %v56
  %v80 = fadd nsz arcp contract afn float %v79, 1.0
  %v81 = fmul nsz arcp contract afn float %v78, %v60
  %v82 = fadd nsz arcp contract afn float %v81, 1.0
  %v83 = fmul nsz arcp contract afn float %v80, %v51
  %v84 = fmul nsz arcp contract afn float %v82, %v54
  %v85 = fmul nsz arcp contract afn float %v83, %v42
  %v86 = fmul nsz arcp contract afn float %v84, %v48
  %v87 = fcmp nsz arcp contract afn olt float %v13, -150.0
  %v88 = fcmp nsz arcp contract afn olt float %v13, 128.0
  %v89 = fcmp nsz arcp contract afn olt float %v24, -150.0
  %v90 = fcmp nsz arcp contract afn olt float %v24, 128.0
  %v91 = icmp ne i1 %v88, 1
  %v92 = icmp ne i1 %v90, 1
  %v93 = select i1 %v91, float 0x7FF0000000000000, float %v85
  %v94 = select i1 %v87, float 0.0, float %v93
  %v95 = select i1 %v92, float 0x7FF0000000000000, float %v86
  %v96 = select i1 %v89, float 0.0, float %v95
  %v97 = select i1 %v16, float 0x7FF8000000000000, float %v94
  %v98 = select i1 %v27, float 0x7FF8000000000000, float %v96
  %v99_0 = insertelement <2 x float> poison, float %v98, i32 0
  %v99 = insertelement <2 x float> %v99_0, float %v97, i32 1
  %v100 = fmul nsz arcp contract afn float %v10, -2.885390043258667
  %v101 = fcmp nsz arcp contract afn une float %v100, 0xFFF0000000000000
  %v102 = fcmp nsz arcp contract afn une float %v100, 0x7FF0000000000000
  %v103 = fcmp nsz arcp contract afn une float %v100, %v100
  %v104 = select i1 %v101, float %v100, float 0.0
  %v105 = select i1 %v103, float 0.0, float %v104
  %v106 = select i1 %v102, float %v105, float 0.0
  %v107 = fcmp nsz arcp contract afn olt float %v106, 0.0
  %v108 = select i1 %v107, float -0.5, float 0.5
  %v109 = fadd nsz arcp contract afn float %v106, %v108
  %v110 = fptosi float %v109 to i32
  %v111 = fmul nsz arcp contract afn float %v12, -2.885390043258667
  %v112 = fcmp nsz arcp contract afn une float %v111, 0xFFF0000000000000
  %v113 = fcmp nsz arcp contract afn une float %v111, 0x7FF0000000000000
  %v114 = fcmp nsz arcp contract afn une float %v111, %v111
  %v115 = select i1 %v112, float %v111, float 0.0
  %v116 = select i1 %v114, float 0.0, float %v115
  %v117 = select i1 %v113, float %v116, float 0.0
  %v118 = fcmp nsz arcp contract afn olt float %v117, 0.0
  %v119 = select i1 %v118, float -0.5, float 0.5
  %v120 = fadd nsz arcp contract afn float %v117, %v119
  %v121 = fptosi float %v120 to i32
  %v122 = sitofp i32 %v110 to float
  %v123 = sitofp i32 %v121 to float
  %v124 = ashr i32 %v110, 1
  %v125 = mul i32 %v124, -1
  %v126 = add nsw i32 %v110, %v125
  %v127 = add nsw i32 %v126, 127
  %v128 = shl i32 %v127, 23
  %v129 = bitcast i32 %v128 to float
  %v130 = ashr i32 %v121, 1
  %v131 = mul i32 %v130, -1
  %v132 = add nsw i32 %v121, %v131
  %v133 = add nsw i32 %v132, 127
  %v134 = shl i32 %v133, 23
  %v135 = bitcast i32 %v134 to float
  %v136 = add nsw i32 %v124, 127
  %v137 = shl i32 %v136, 23
  %v138 = bitcast i32 %v137 to float
  %v139 = add nsw i32 %v130, 127
  %v140 = shl i32 %v139, 23
  %v141 = bitcast i32 %v140 to float
  %v142 = fmul nsz arcp contract afn float %v122, -1.0
  %v143 = fadd nsz arcp contract afn float %v106, %v142
  %v144 = fmul nsz arcp contract afn float 0.00015359208919107914, %v143
  %v145 = fadd nsz arcp contract afn float %v144, 0.0013392627006396651
  %v146 = fmul nsz arcp contract afn float %v123, -1.0
  %v147 = fadd nsz arcp contract afn float %v117, %v146
  %v148 = fmul nsz arcp contract afn float 0.00015359208919107914, %v147
  %v149 = fadd nsz arcp contract afn float %v148, 0.0013392627006396651
  %v150 = fmul nsz arcp contract afn float %v145, %v143
  %v151 = fadd nsz arcp contract afn float %v150, 0.009618384763598442
  %v152 = fmul nsz arcp contract afn float %v149, %v147
  %v153 = fadd nsz arcp contract afn float %v152, 0.009618384763598442
  %v154 = fmul nsz arcp contract afn float %v151, %v143
  %v155 = fadd nsz arcp contract afn float %v154, 0.055503472685813904
  %v156 = fmul nsz arcp contract afn float %v153, %v147
  %v157 = fadd nsz arcp contract afn float %v156, 0.055503472685813904
  %v158 = fmul nsz arcp contract afn float %v155, %v143
  %v159 = fadd nsz arcp contract afn float %v158, 0.24022644758224487
  %v160 = fmul nsz arcp contract afn float %v157, %v147
  %v161 = fadd nsz arcp contract afn float %v160, 0.24022644758224487
  %v162 = fmul nsz arcp contract afn float %v159, %v143
  %v163 = fadd nsz arcp contract afn float %v162, 0.6931471824645996
  %v164 = fmul nsz arcp contract afn float %v161, %v147
  %v165 = fadd nsz arcp contract afn float %v164, 0.6931471824645996
  %v166 = fmul nsz arcp contract afn float %v163, %v143
  %v167 = fadd nsz arcp contract afn float %v166, 1.0
  %v168 = fmul nsz arcp contract afn float %v165, %v147
  %v169 = fadd nsz arcp contract afn float %v168, 1.0
  %v170 = fmul nsz arcp contract afn float %v167, %v138
  %v171 = fmul nsz arcp contract afn float %v169, %v141
  %v172 = fmul nsz arcp contract afn float %v170, %v129
  %v173 = fmul nsz arcp contract afn float %v171, %v135
  %v174 = fcmp nsz arcp contract afn olt float %v100, -150.0
  %v175 = fcmp nsz arcp contract afn olt float %v100, 128.0
  %v176 = fcmp nsz arcp contract afn olt float %v111, -150.0
  %v177 = fcmp nsz arcp contract afn olt float %v111, 128.0
  %v178 = icmp ne i1 %v175, 1
  %v179 = icmp ne i1 %v177, 1
  %v180 = select i1 %v178, float 0x7FF0000000000000, float %v172
  %v181 = select i1 %v174, float 0.0, float %v180
  %v182 = select i1 %v179, float 0x7FF0000000000000, float %v173
  %v183 = select i1 %v176, float 0.0, float %v182
  %v184 = select i1 %v103, float 0x7FF8000000000000, float %v181
  %v185 = select i1 %v114, float 0x7FF8000000000000, float %v183
  %v186_0 = insertelement <2 x float> poison, float %v185, i32 0
  %v186 = insertelement <2 x float> %v186_0, float %v184, i32 1
  %v187 = shl i32 %v3, 1
  %v188 = add nsw i32 %v2, %v187
  %v189 = add nsw i32 %v188, 28
  %v190 = getelementptr inbounds float, float* %data0, i32 %v189
  %v191 = getelementptr inbounds float, float* %data0, i32 %v188
  store <2 x float> %v99, <2 x float>* %v190
  store <2 x float> %v186, <2 x float>* %v191
  br label %loop_footer_2_0
loop_footer_2_0:
  br label %loop_latch_2_0
loop_exit_2_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }