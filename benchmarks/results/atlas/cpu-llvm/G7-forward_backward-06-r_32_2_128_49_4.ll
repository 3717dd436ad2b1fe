define void @r_32_2_128_49_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, i32 %data6) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data6, 6272
  %v2 = shl i32 %data6, 5
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v3 = phi i32 [ 0, %loop_entry_3 ], [ %v3phi, %loop_footer_3 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 32
  br i1 %v3cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data2, i32 %v4
  %v6 = load float, float* %v5
  %v7 = getelementptr inbounds float, float* %reg_0, i32 0
  %v8 = mul i32 %v3, 196
  %v9 = add nsw i32 %v1, %v8
  %v10 = fmul nsz arcp contract afn float %v6, -1.0
  store float 0.0, float* %v7
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v12 = phi i32 [ 0, %loop_entry_0 ], [ %v12phi, %loop_footer_0 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 128
  br i1 %v12cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v13 = mul i32 %v12, 12544
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v14 = phi i32 [ 0, %loop_entry_1 ], [ %v14phi, %loop_footer_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 49
  br i1 %v14cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v15 = getelementptr inbounds float, float* %reg_0, i32 0
  %v16 = load float, float* %v15
  %v17 = shl i32 %v14, 2
  %v18 = add nsw i32 %v9, %v17
  %v19 = add nsw i32 %v18, %v13
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load <4 x float>, <4 x float>* %v20
  %v22 = getelementptr inbounds float, float* %data4, i32 %v19
  %v23 = load <4 x float>, <4 x float>* %v22
  %v24 = extractelement <4 x float> %v21, i32 0
  %v25 = extractelement <4 x float> %v21, i32 1
  %v26 = extractelement <4 x float> %v21, i32 2
  %v27 = extractelement <4 x float> %v21, i32 3
  %v28 = extractelement <4 x float> %v23, i32 0
  %v29 = extractelement <4 x float> %v23, i32 1
  %v30 = extractelement <4 x float> %v23, i32 2
  %v31 = extractelement <4 x float> %v23, i32 3
  %v32 = fadd nsz arcp contract afn float %v24, %v10
  %v33 = fadd nsz arcp contract afn float %v25, %v10
  %v34 = fadd nsz arcp contract afn float %v26, %v10
  %v35 = fadd nsz arcp contract afn float %v27, %v10
  %v36 = fmul nsz arcp contract afn float %v32, %v28
  %v37 = fmul nsz arcp contract afn float %v33, %v29
  %v38 = fadd nsz arcp contract afn float %v36, %v37
  %v39 = fmul nsz arcp contract afn float %v34, %v30
  %v40 = fadd nsz arcp contract afn float %v38, %v39
  %v41 = fmul nsz arcp contract afn float %v35, %v31
  %v42 = fadd nsz arcp contract afn float %v40, %v41
  %v43 = fadd nsz arcp contract afn float %v16, %v42
  store float %v43, float* %v15
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v47 = getelementptr inbounds float, float* %data3, i32 %v4
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %data5, i32 %v4
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %reg_0, i32 0
  %v52 = load float, float* %v51
  %v53 = getelementptr inbounds float, float* %data0, i32 %v4
  %v54 = fadd nsz arcp contract afn float %v50, 9.999999747378752e-06
  %v55 = fmul nsz arcp contract afn float %v54, -1.0
  %v56 = fcmp nsz arcp contract afn olt float %v54, 0.0
  %v57 = select i1 %v56, float %v55, float %v54
  %v58 = fmul nsz arcp contract afn float %v57, 1.8446744073709552e+19
  %v59 = fcmp nsz arcp contract afn olt float %v57, 9.999999747378752e-05
  %v60 = select i1 %v59, float %v58, float %v57
  %v61 = fmul nsz arcp contract afn float %v60, 1.3333333730697632
  %v62 = bitcast float %v61 to i32
  %v63 = ashr i32 %v62, 23
  %v64 = and i32 %v63, 255
  %v65 = add nsw i32 %v64, -127
  %v66 = sitofp i32 %v65 to float
  %v67 = fmul nsz arcp contract afn float %v66, -1.0
  %v68 = fptosi float %v67 to i32
  %v69 = bitcast float %v60 to i32
  %v70 = shl i32 %v68, 23
  %v71 = add nsw i32 %v69, %v70
  %v72 = bitcast i32 %v71 to float
  %v73 = fadd nsz arcp contract afn float %v66, -64.0
  %v74 = fadd nsz arcp contract afn float %v72, -1.0
  %v75 = fadd nsz arcp contract afn float %v72, 1.0
  %v76 = fdiv nsz arcp contract afn float %v74, %v75
  %v77 = fmul nsz arcp contract afn float %v76, %v76
  %v78 = fmul nsz arcp contract afn float 0.43745502829551697, %v77
  %v79 = fadd nsz arcp contract afn float %v78, 0.5764790177345276
  %v80 = fmul nsz arcp contract afn float %v79, %v77
  %v81 = fadd nsz arcp contract afn float %v80, 0.961801290512085
  %v82 = fmul nsz arcp contract afn float %v76, %v77
  %v83 = fmul nsz arcp contract afn float %v81, %v82
  %v84 = select i1 %v59, float %v73, float %v66
  %v85 = fadd nsz arcp contract afn float %v83, %v84
  %v86 = fmul nsz arcp contract afn float %v76, 2.885390043258667
  %v87 = fadd nsz arcp contract afn float %v85, %v86
  %v88 = fmul nsz arcp contract afn float %v76, 3.2734472910078694e-08
  %v89 = fadd nsz arcp contract afn float %v87, %v88
  %v90 = fcmp nsz arcp contract afn olt float %v57, -0.0
  %v91 = fdiv nsz arcp contract afn float 1.0, %v57
  %v92 = fcmp nsz arcp contract afn une float %v91, 0xFFF0000000000000
  %v93 = fcmp nsz arcp contract afn une float %v57, 0.0
  %v94 = fcmp nsz arcp contract afn une float %v57, 0x7FF0000000000000
  %v95 = fcmp nsz arcp contract afn une float %v57, %v57
  %v96 = or i1 %v95, %v90
  %v97 = select i1 %v94, float %v89, float 0x7FF0000000000000
  %v98 = select i1 %v93, float %v97, float 0xFFF0000000000000
  %v99 = select i1 %v96, float 0x7FF8000000000000, float %v98
  %v100 = select i1 %v92, float %v99, float 0xFFF0000000000000
  %v101 = fmul nsz arcp contract afn float %v100, 0.5
  %v102 = fcmp nsz arcp contract afn une float %v101, 0xFFF0000000000000
  %v103 = fcmp nsz arcp contract afn une float %v101, 0x7FF0000000000000
  %v104 = fcmp nsz arcp contract afn une float %v101, %v101
  %v105 = select i1 %v102, float %v101, float 0.0
  %v106 = select i1 %v104, float 0.0, float %v105
  %v107 = select i1 %v103, float %v106, float 0.0
  %v108 = fcmp nsz arcp contract afn olt float %v107, 0.0
  %v109 = select i1 %v108, float -0.5, float 0.5
  %v110 = fadd nsz arcp contract afn float %v107, %v109
  %v111 = fptosi float %v110 to i32
  %v112 = sitofp i32 %v111 to float
  %v113 = ashr i32 %v111, 1
  %v114 = mul i32 %v113, -1
  %v115 = add nsw i32 %v111, %v114
  %v116 = add nsw i32 %v115, 127
  %v117 = shl i32 %v116, 23
  %v118 = bitcast i32 %v117 to float
  %v119 = add nsw i32 %v113, 127
  %v120 = shl i32 %v119, 23
  %v121 = bitcast i32 %v120 to float
  %v122 = fmul nsz arcp contract afn float %v112, -1.0
  %v123 = fadd nsz arcp contract afn float %v107, %v122
  %v124 = fmul nsz arcp contract afn float 0.00015359208919107914, %v123
  %v125 = fadd nsz arcp contract afn float %v124, 0.0013392627006396651
  %v126 = fmul nsz arcp contract afn float %v125, %v123
  %v127 = fadd nsz arcp contract afn float %v126, 0.009618384763598442
  %v128 = fmul nsz arcp contract afn float %v127, %v123
  %v129 = fadd nsz arcp contract afn float %v128, 0.055503472685813904
  %v130 = fmul nsz arcp contract afn float %v129, %v123
  %v131 = fadd nsz arcp contract afn float %v130, 0.24022644758224487
  %v132 = fmul nsz arcp contract afn float %v131, %v123
  %v133 = fadd nsz arcp contract afn float %v132, 0.6931471824645996
  %v134 = fmul nsz arcp contract afn float %v133, %v123
  %v135 = fadd nsz arcp contract afn float %v134, 1.0
  %v136 = fmul nsz arcp contract afn float %v52, %v48
  %v137 = fmul nsz arcp contract afn float %v135, %v121
  %v138 = fmul nsz arcp contract afn float %v137, %v118
  %v139 = fcmp nsz arcp contract afn olt float %v101, -150.0
  %v140 = fcmp nsz arcp contract afn olt float %v101, 128.0
  %v141 = fcmp nsz arcp contract afn une float %v54, 0xFFF0000000000000
  %v142 = icmp ne i1 %v140, 1
  %v143 = or i1 %v141, %v104
  %v144 = select i1 %v142, float 0x7FF0000000000000, float %v138
  %v145 = select i1 %v139, float 0.0, float %v144
  %v146 = select i1 %v104, float 0x7FF8000000000000, float %v145
  %v147 = select i1 %v143, float 0x7FF8000000000000, float %v145
  %v148 = select i1 %v56, float %v147, float %v146
  %v149 = fdiv nsz arcp contract afn float 1.0, %v148
  %v150 = fdiv nsz arcp contract afn float %v149, %v148
  %v151 = fdiv nsz arcp contract afn float %v150, %v148
  %v152 = fmul nsz arcp contract afn float %v151, %v136
  %v153 = fmul nsz arcp contract afn float %v152, -1.992984653043095e-05
  store float %v153, float* %v53
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }