define void @E_64_64_49_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, i32 %data6) #0
{

  %v1 = mul i32 %data6, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 64
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 12544
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v5 = phi i32 [ 0, %loop_entry_1 ], [ %v5phi, %loop_footer_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 64
  br i1 %v5cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v6 = getelementptr inbounds float, float* %data2, i32 %v5
  %v7 = load float, float* %v6
  %v8 = getelementptr inbounds float, float* %data3, i32 %v5
  %v9 = load float, float* %v8
  %v10 = getelementptr inbounds float, float* %data4, i32 %v5
  %v11 = load float, float* %v10
  %v12 = getelementptr inbounds float, float* %data5, i32 %v5
  %v13 = load float, float* %v12
  %v14 = fadd nsz arcp contract afn float %v11, 9.999999747378752e-06
  %v15 = fmul nsz arcp contract afn float %v14, -1.0
  %v16 = fcmp nsz arcp contract afn olt float %v14, 0.0
  %v17 = select i1 %v16, float %v15, float %v14
  %v18 = fmul nsz arcp contract afn float %v17, 1.8446744073709552e+19
  %v19 = fcmp nsz arcp contract afn olt float %v17, 9.999999747378752e-05
  %v20 = select i1 %v19, float %v18, float %v17
  %v21 = fmul nsz arcp contract afn float %v20, 1.3333333730697632
  %v22 = bitcast float %v21 to i32
  %v23 = ashr i32 %v22, 23
  %v24 = and i32 %v23, 255
  %v25 = add nsw i32 %v24, -127
  %v26 = sitofp i32 %v25 to float
  %v27 = fmul nsz arcp contract afn float %v26, -1.0
  %v28 = fptosi float %v27 to i32
  %v29 = bitcast float %v20 to i32
  %v30 = shl i32 %v28, 23
  %v31 = add nsw i32 %v29, %v30
  %v32 = bitcast i32 %v31 to float
  %v33 = fadd nsz arcp contract afn float %v26, -64.0
  %v34 = fadd nsz arcp contract afn float %v32, -1.0
  %v35 = fadd nsz arcp contract afn float %v32, 1.0
  %v36 = fdiv nsz arcp contract afn float %v34, %v35
  %v37 = fmul nsz arcp contract afn float %v36, %v36
  %v38 = fmul nsz arcp contract afn float 0.43745502829551697, %v37
  %v39 = fadd nsz arcp contract afn float %v38, 0.5764790177345276
  %v40 = fmul nsz arcp contract afn float %v39, %v37
  %v41 = fadd nsz arcp contract afn float %v40, 0.961801290512085
  %v42 = fmul nsz arcp contract afn float %v36, %v37
  %v43 = fmul nsz arcp contract afn float %v41, %v42
  %v44 = select i1 %v19, float %v33, float %v26
  %v45 = fadd nsz arcp contract afn float %v43, %v44
  %v46 = fmul nsz arcp contract afn float %v36, 2.885390043258667
  %v47 = fadd nsz arcp contract afn float %v45, %v46
  %v48 = fmul nsz arcp contract afn float %v36, 3.2734472910078694e-08
  %v49 = fadd nsz arcp contract afn float %v47, %v48
  %v50 = fcmp nsz arcp contract afn olt float %v17, -0.0
  %v51 = fdiv nsz arcp contract afn float 1.0, %v17
  %v52 = fcmp nsz arcp contract afn une float %v51, 0xFFF0000000000000
  %v53 = fcmp nsz arcp contract afn une float %v17, 0.0
  %v54 = fcmp nsz arcp contract afn une float %v17, 0x7FF0000000000000
  %v55 = fcmp nsz arcp contract afn une float %v17, %v17
  %v56 = or i1 %v55, %v50
  %v57 = select i1 %v54, float %v49, float 0x7FF0000000000000
  %v58 = select i1 %v53, float %v57, float 0xFFF0000000000000
  %v59 = select i1 %v56, float 0x7FF8000000000000, float %v58
  %v60 = select i1 %v52, float %v59, float 0xFFF0000000000000
  %v61 = fmul nsz arcp contract afn float %v60, 0.5
  %v62 = fcmp nsz arcp contract afn une float %v61, 0xFFF0000000000000
  %v63 = fcmp nsz arcp contract afn une float %v61, 0x7FF0000000000000
  %v64 = fcmp nsz arcp contract afn une float %v61, %v61
  %v65 = select i1 %v62, float %v61, float 0.0
  %v66 = select i1 %v64, float 0.0, float %v65
  %v67 = select i1 %v63, float %v66, float 0.0
  %v68 = fcmp nsz arcp contract afn olt float %v67, 0.0
  %v69 = select i1 %v68, float -0.5, float 0.5
  %v70 = fadd nsz arcp contract afn float %v67, %v69
  %v71 = fptosi float %v70 to i32
  %v72 = sitofp i32 %v71 to float
  %v73 = ashr i32 %v71, 1
  %v74 = mul i32 %v73, -1
  %v75 = add nsw i32 %v71, %v74
  %v76 = add nsw i32 %v75, 127
  %v77 = shl i32 %v76, 23
  %v78 = bitcast i32 %v77 to float
  %v79 = add nsw i32 %v73, 127
  %v80 = shl i32 %v79, 23
  %v81 = bitcast i32 %v80 to float
  %v82 = fmul nsz arcp contract afn float %v72, -1.0
  %v83 = fadd nsz arcp contract afn float %v67, %v82
  %v84 = fmul nsz arcp contract afn float 0.00015359208919107914, %v83
  %v85 = fadd nsz arcp contract afn float %v84, 0.0013392627006396651
  %v86 = fmul nsz arcp contract afn float %v85, %v83
  %v87 = fadd nsz arcp contract afn float %v86, 0.009618384763598442
  %v88 = fmul nsz arcp contract afn float %v87, %v83
  %v89 = fadd nsz arcp contract afn float %v88, 0.055503472685813904
  %v90 = fmul nsz arcp contract afn float %v89, %v83
  %v91 = fadd nsz arcp contract afn float %v90, 0.24022644758224487
  %v92 = fmul nsz arcp contract afn float %v91, %v83
  %v93 = fadd nsz arcp contract afn float %v92, 0.6931471824645996
  %v94 = fmul nsz arcp contract afn float %v93, %v83
  %v95 = fadd nsz arcp contract afn float %v94, 1.0
  %v96 = mul i32 %v5, 196
  %v97 = fmul nsz arcp contract afn float %v7, -1.0
  %v98 = fmul nsz arcp contract afn float %v95, %v81
  %v99 = fmul nsz arcp contract afn float %v98, %v78
  %v100 = fcmp nsz arcp contract afn olt float %v61, -150.0
  %v101 = fcmp nsz arcp contract afn olt float %v61, 128.0
  %v102 = fcmp nsz arcp contract afn une float %v14, 0xFFF0000000000000
  %v103 = icmp ne i1 %v101, 1
  %v104 = or i1 %v102, %v64
  %v105 = select i1 %v103, float 0x7FF0000000000000, float %v99
  %v106 = select i1 %v100, float 0.0, float %v105
  %v107 = select i1 %v64, float 0x7FF8000000000000, float %v106
  %v108 = select i1 %v104, float 0x7FF8000000000000, float %v106
  %v109 = select i1 %v16, float %v108, float %v107
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v110 = phi i32 [ 0, %loop_entry_2 ], [ %v110phi, %loop_footer_2 ]
  %v110phi = add i32 %v110, 1
  %v110cmp = icmp ult i32 %v110, 49
  br i1 %v110cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v111 = shl i32 %v110, 2
  %v112 = add nsw i32 %v96, %v111
  %v113 = add nsw i32 %v4, %v112
  %v114 = getelementptr inbounds float, float* %data1, i32 %v113
  %v115 = load <4 x float>, <4 x float>* %v114
  %v116 = extractelement <4 x float> %v115, i32 0
  %v117 = extractelement <4 x float> %v115, i32 1
  %v118 = extractelement <4 x float> %v115, i32 2
  %v119 = extractelement <4 x float> %v115, i32 3
  %v120 = fadd nsz arcp contract afn float %v116, %v97
  %v121 = fadd nsz arcp contract afn float %v117, %v97
  %v122 = fadd nsz arcp contract afn float %v118, %v97
  %v123 = fadd nsz arcp contract afn float %v119, %v97
  %v124 = fmul nsz arcp contract afn float %v120, %v9
  %v125 = fdiv nsz arcp contract afn float %v124, %v109
  %v126 = fadd nsz arcp contract afn float %v125, %v13
  %v127 = fmul nsz arcp contract afn float %v121, %v9
  %v128 = fdiv nsz arcp contract afn float %v127, %v109
  %v129 = fadd nsz arcp contract afn float %v128, %v13
  %v130 = fmul nsz arcp contract afn float %v122, %v9
  %v131 = fdiv nsz arcp contract afn float %v130, %v109
  %v132 = fadd nsz arcp contract afn float %v131, %v13
  %v133 = fmul nsz arcp contract afn float %v123, %v9
  %v134 = fdiv nsz arcp contract afn float %v133, %v109
  %v135 = fadd nsz arcp contract afn float %v134, %v13
  %v136 = fcmp nsz arcp contract afn olt float 0.0, %v126
  %v137 = fcmp nsz arcp contract afn olt float 0.0, %v129
  %v138 = fcmp nsz arcp contract afn olt float 0.0, %v132
  %v139 = fcmp nsz arcp contract afn olt float 0.0, %v135
  %v140 = select i1 %v136, float %v126, float 0.0
  %v141 = select i1 %v137, float %v129, float 0.0
  %v142 = select i1 %v138, float %v132, float 0.0
  %v143 = select i1 %v139, float %v135, float 0.0
  %v144_0 = insertelement <4 x float> poison, float %v140, i32 0
  %v144_1 = insertelement <4 x float> %v144_0, float %v141, i32 1
  %v144_2 = insertelement <4 x float> %v144_1, float %v142, i32 2
  %v144 = insertelement <4 x float> %v144_2, float %v143, i32 3
  %v145 = getelementptr inbounds float, float* %data0, i32 %v113
  store <4 x float> %v144, <4 x float>* %v145
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }