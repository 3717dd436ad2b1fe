define void @E_16_256_49_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, float* noalias align 32 %data6, float* noalias align 32 %data7, i32 %data8) #0
{

  %v1 = mul i32 %data8, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 16
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 50176
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v5 = phi i32 [ 0, %loop_entry_1_0 ], [ %v5phi, %loop_footer_1_0 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 256
  br i1 %v5cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v6 = mul i32 %v5, 49
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v7 = phi i32 [ 0, %loop_entry_1_1 ], [ %v7phi, %loop_footer_1_1 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 49
  br i1 %v7cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v8 = add nsw i32 %v6, %v7
  %v9 = add nsw i32 %v4, %v8
  %v10 = add nsw i32 %v9, 12544
  %v11 = getelementptr inbounds float, float* %data1, i32 %v10
  %v12 = load float, float* %v11
  %v13 = add nsw i32 %v9, 25088
  %v14 = getelementptr inbounds float, float* %data1, i32 %v13
  %v15 = load float, float* %v14
  %v16 = add nsw i32 %v9, 37632
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %data1, i32 %v9
  %v20 = load float, float* %v19
  %v21 = getelementptr inbounds float, float* %data2, i32 %v8
  %v22 = load float, float* %v21
  %v23 = getelementptr inbounds float, float* %data3, i32 %v8
  %v24 = load float, float* %v23
  %v25 = getelementptr inbounds float, float* %data4, i32 %v8
  %v26 = load float, float* %v25
  %v27 = getelementptr inbounds float, float* %data5, i32 %v8
  %v28 = load float, float* %v27
  %v29 = getelementptr inbounds float, float* %data6, i32 %v10
  %v30 = load float, float* %v29
  %v31 = getelementptr inbounds float, float* %data6, i32 %v13
  %v32 = load float, float* %v31
  %v33 = getelementptr inbounds float, float* %data6, i32 %v16
  %v34 = load float, float* %v33
  %v35 = getelementptr inbounds float, float* %data6, i32 %v9
  %v36 = load float, float* %v35
  %v37 = shl i32 %v7, 8
  %v38 = add nsw i32 %v37, %v5
  %v39 = add nsw i32 %v4, %v38
  %v40 = add nsw i32 %v39, 12544
  %v41 = getelementptr inbounds float, float* %data7, i32 %v40
  %v42 = load float, float* %v41
  %v43 = add nsw i32 %v39, 25088
  %v44 = getelementptr inbounds float, float* %data7, i32 %v43
  %v45 = load float, float* %v44
  %v46 = add nsw i32 %v39, 37632
  %v47 = getelementptr inbounds float, float* %data7, i32 %v46
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %data7, i32 %v39
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %data0, i32 %v10
  %v52 = getelementptr inbounds float, float* %data0, i32 %v13
  %v53 = getelementptr inbounds float, float* %data0, i32 %v16
  %v54 = getelementptr inbounds float, float* %data0, i32 %v9
  %v55 = fadd nsz arcp contract afn float %v28, 9.999999747378752e-06
  %v56 = fmul nsz arcp contract afn float %v55, -1.0
  %v57 = fcmp nsz arcp contract afn olt float %v55, 0.0
  %v58 = select i1 %v57, float %v56, float %v55
  %v59 = fmul nsz arcp contract afn float %v58, 1.8446744073709552e+19
  %v60 = fcmp nsz arcp contract afn olt float %v58, 9.999999747378752e-05
  %v61 = select i1 %v60, float %v59, float %v58
  %v62 = fmul nsz arcp contract afn float %v61, 1.3333333730697632
  %v63 = bitcast float %v62 to i32
  %v64 = ashr i32 %v63, 23
  %v65 = and i32 %v64, 255
  %v66 = add nsw i32 %v65, -127
  %v67 = sitofp i32 %v66 to float
  %v68 = fmul nsz arcp contract afn float %v67, -1.0
  %v69 = fptosi float %v68 to i32
  %v70 = bitcast float %v61 to i32
  %v71 = shl i32 %v69, 23
  %v72 = add nsw i32 %v70, %v71
  %v73 = bitcast i32 %v72 to float
  %v74 = fadd nsz arcp contract afn float %v67, -64.0
  %v75 = fadd nsz arcp contract afn float %v73, -1.0
  %v76 = fadd nsz arcp contract afn float %v73, 1.0
  %v77 = fdiv nsz arcp contract afn float %v75, %v76
  %v78 = fmul nsz arcp contract afn float %v77, %v77
  %v79 = fmul nsz arcp contract afn float 0.43745502829551697, %v78
  %v80 = fadd nsz arcp contract afn float %v79, 0.5764790177345276
  %v81 = fmul nsz arcp contract afn float %v80, %v78
  %v82 = fadd nsz arcp contract afn float %v81, 0.961801290512085
  %v83 = fmul nsz arcp contract afn float %v77, %v78
  %v84 = fmul nsz arcp contract afn float %v82, %v83
  %v85 = select i1 %v60, float %v74, float %v67
  %v86 = fadd nsz arcp contract afn float %v84, %v85
  %v87 = fmul nsz arcp contract afn float %v77, 2.885390043258667
  %v88 = fadd nsz arcp contract afn float %v86, %v87
  %v89 = fmul nsz arcp contract afn float %v77, 3.2734472910078694e-08
  %v90 = fadd nsz arcp contract afn float %v88, %v89
  %v91 = fcmp nsz arcp contract afn olt float %v58, -0.0
  %v92 = fdiv nsz arcp contract afn float 1.0, %v58
  %v93 = fcmp nsz arcp contract afn une float %v92, 0xFFF0000000000000
  %v94 = fcmp nsz arcp contract afn une float %v58, 0.0
  %v95 = fcmp nsz arcp contract afn une float %v58, 0x7FF0000000000000
  %v96 = fcmp nsz arcp contract afn une float %v58, %v58
  %v97 = or i1 %v96, %v91
  %v98 = select i1 %v95, float %v90, float 0x7FF0000000000000
  %v99 = select i1 %v94, float %v98, float 0xFFF0000000000000
  %v100 = select i1 %v97, float 0x7FF8000000000000, float %v99
  %v101 = select i1 %v93, float %v100, float 0xFFF0000000000000
  %v102 = fmul nsz arcp contract afn float %v101, 0.5
  %v103 = fcmp nsz arcp contract afn une float %v102, 0xFFF0000000000000
  %v104 = fcmp nsz arcp contract afn une float %v102, 0x7FF0000000000000
  %v105 = fcmp nsz arcp contract afn une float %v102, %v102
  %v106 = select i1 %v103, float %v102, float 0.0
  %v107 = select i1 %v105, float 0.0, float %v106
  %v108 = select i1 %v104, float %v107, float 0.0
  %v109 = fcmp nsz arcp contract afn olt float %v108, 0.0
  %v110 = select i1 %v109, float -0.5, float 0.5
  %v111 = fadd nsz arcp contract afn float %v108, %v110
  %v112 = fptosi float %v111 to i32
  %v113 = sitofp i32 %v112 to float
  %v114 = ashr i32 %v112, 1
  %v115 = mul i32 %v114, -1
  %v116 = add nsw i32 %v112, %v115
  %v117 = add nsw i32 %v116, 127
  %v118 = shl i32 %v117, 23
  %v119 = bitcast i32 %v118 to float
  %v120 = add nsw i32 %v114, 127
  %v121 = shl i32 %v120, 23
  %v122 = bitcast i32 %v121 to float
  %v123 = fmul nsz arcp contract afn float %v22, -1.0
  %v124 = fadd nsz arcp contract afn float %v12, %v123
  %v125 = fadd nsz arcp contract afn float %v15, %v123
  %v126 = fadd nsz arcp contract afn float %v18, %v123
  %v127 = fadd nsz arcp contract afn float %v20, %v123
  %v128 = fmul nsz arcp contract afn float %v113, -1.0
  %v129 = fadd nsz arcp contract afn float %v108, %v128
  %v130 = fmul nsz arcp contract afn float 0.00015359208919107914, %v129
  %v131 = fadd nsz arcp contract afn float %v130, 0.0013392627006396651
  %v132 = fmul nsz arcp contract afn float %v131, %v129
  %v133 = fadd nsz arcp contract afn float %v132, 0.009618384763598442
  %v134 = fmul nsz arcp contract afn float %v133, %v129
  %v135 = fadd nsz arcp contract afn float %v134, 0.055503472685813904
  %v136 = fmul nsz arcp contract afn float %v135, %v129
  %v137 = fadd nsz arcp contract afn float %v136, 0.24022644758224487
  %v138 = fmul nsz arcp contract afn float %v137, %v129
  %v139 = fadd nsz arcp contract afn float %v138, 0.6931471824645996
  %v140 = fmul nsz arcp contract afn float %v139, %v129
  %v141 = fadd nsz arcp contract afn float %v140, 1.0
  %v142 = fmul nsz arcp contract afn float %v141, %v122
  %v143 = fmul nsz arcp contract afn float %v142, %v119
  %v144 = fcmp nsz arcp contract afn olt float 0.0, %v30
  %v145 = fcmp nsz arcp contract afn olt float %v102, -150.0
  %v146 = fcmp nsz arcp contract afn olt float %v102, 128.0
  %v147 = fcmp nsz arcp contract afn une float %v55, 0xFFF0000000000000
  %v148 = icmp ne i1 %v146, 1
  %v149 = or i1 %v147, %v105
  %v150 = select i1 %v144, float %v42, float 0.0
  %v151 = select i1 %v148, float 0x7FF0000000000000, float %v143
  %v152 = select i1 %v145, float 0.0, float %v151
  %v153 = select i1 %v105, float 0x7FF8000000000000, float %v152
  %v154 = select i1 %v149, float 0x7FF8000000000000, float %v152
  %v155 = select i1 %v57, float %v154, float %v153
  %v156 = fdiv nsz arcp contract afn float %v150, %v155
  %v157 = fmul nsz arcp contract afn float %v26, %v156
  %v158 = fmul nsz arcp contract afn float %v124, %v24
  %v159 = fmul nsz arcp contract afn float %v158, 2.0
  %v160 = fadd nsz arcp contract afn float %v159, %v157
  %v161 = fcmp nsz arcp contract afn olt float 0.0, %v32
  %v162 = select i1 %v161, float %v45, float 0.0
  %v163 = fdiv nsz arcp contract afn float %v162, %v155
  %v164 = fmul nsz arcp contract afn float %v26, %v163
  %v165 = fmul nsz arcp contract afn float %v125, %v24
  %v166 = fmul nsz arcp contract afn float %v165, 2.0
  %v167 = fadd nsz arcp contract afn float %v166, %v164
  %v168 = fcmp nsz arcp contract afn olt float 0.0, %v34
  %v169 = select i1 %v168, float %v48, float 0.0
  %v170 = fdiv nsz arcp contract afn float %v169, %v155
  %v171 = fmul nsz arcp contract afn float %v26, %v170
  %v172 = fmul nsz arcp contract afn float %v126, %v24
  %v173 = fmul nsz arcp contract afn float %v172, 2.0
  %v174 = fadd nsz arcp contract afn float %v173, %v171
  %v175 = fcmp nsz arcp contract afn olt float 0.0, %v36
  %v176 = select i1 %v175, float %v50, float 0.0
  %v177 = fdiv nsz arcp contract afn float %v176, %v155
  %v178 = fmul nsz arcp contract afn float %v26, %v177
  %v179 = fmul nsz arcp contract afn float %v127, %v24
  %v180 = fmul nsz arcp contract afn float %v179, 2.0
  %v181 = fadd nsz arcp contract afn float %v180, %v178
  store float %v160, float* %v51
  store float %v167, float* %v52
  store float %v174, float* %v53
  store float %v181, float* %v54
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