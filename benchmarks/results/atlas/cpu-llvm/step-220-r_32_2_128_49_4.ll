define void @r_32_2_128_49_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, i32 %data5) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data5, 6272
  %v2 = shl i32 %data5, 5
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
  %v49 = getelementptr inbounds float, float* %reg_0, i32 0
  %v50 = load float, float* %v49
  %v51 = getelementptr inbounds float, float* %data0, i32 %v4
  %v52 = fadd nsz arcp contract afn float %v48, 9.999999747378752e-06
  %v53 = fmul nsz arcp contract afn float %v52, -1.0
  %v54 = fcmp nsz arcp contract afn olt float %v52, 0.0
  %v55 = select i1 %v54, float %v53, float %v52
  %v56 = fmul nsz arcp contract afn float %v55, 1.8446744073709552e+19
  %v57 = fcmp nsz arcp contract afn olt float %v55, 9.999999747378752e-05
  %v58 = select i1 %v57, float %v56, float %v55
  %v59 = fmul nsz arcp contract afn float %v58, 1.3333333730697632
  %v60 = bitcast float %v59 to i32
  %v61 = ashr i32 %v60, 23
  %v62 = and i32 %v61, 255
  %v63 = add nsw i32 %v62, -127
  %v64 = sitofp i32 %v63 to float
  %v65 = fmul nsz arcp contract afn float %v64, -1.0
  %v66 = fptosi float %v65 to i32
  %v67 = bitcast float %v58 to i32
  %v68 = shl i32 %v66, 23
  %v69 = add nsw i32 %v67, %v68
  %v70 = bitcast i32 %v69 to float
  %v71 = fadd nsz arcp contract afn float %v64, -64.0
  %v72 = fadd nsz arcp contract afn float %v70, -1.0
  %v73 = fadd nsz arcp contract afn float %v70, 1.0
  %v74 = fdiv nsz arcp contract afn float %v72, %v73
  %v75 = fmul nsz arcp contract afn float %v74, %v74
  %v76 = fmul nsz arcp contract afn float 0.43745502829551697, %v75
  %v77 = fadd nsz arcp contract afn float %v76, 0.5764790177345276
  %v78 = fmul nsz arcp contract afn float %v77, %v75
  %v79 = fadd nsz arcp contract afn float %v78, 0.961801290512085
  %v80 = fmul nsz arcp contract afn float %v74, %v75
  %v81 = fmul nsz arcp contract afn float %v79, %v80
  %v82 = select i1 %v57, float %v71, float %v64
  %v83 = fadd nsz arcp contract afn float %v81, %v82
  %v84 = fmul nsz arcp contract afn float %v74, 2.885390043258667
  %v85 = fadd nsz arcp contract afn float %v83, %v84
  %v86 = fmul nsz arcp contract afn float %v74, 3.2734472910078694e-08
  %v87 = fadd nsz arcp contract afn float %v85, %v86
  %v88 = fcmp nsz arcp contract afn olt float %v55, -0.0
  %v89 = fdiv nsz arcp contract afn float 1.0, %v55
  %v90 = fcmp nsz arcp contract afn une float %v89, 0xFFF0000000000000
  %v91 = fcmp nsz arcp contract afn une float %v55, 0.0
  %v92 = fcmp nsz arcp contract afn une float %v55, 0x7FF0000000000000
  %v93 = fcmp nsz arcp contract afn une float %v55, %v55
  %v94 = or i1 %v93, %v88
  %v95 = select i1 %v92, float %v87, float 0x7FF0000000000000
  %v96 = select i1 %v91, float %v95, float 0xFFF0000000000000
  %v97 = select i1 %v94, float 0x7FF8000000000000, float %v96
  %v98 = select i1 %v90, float %v97, float 0xFFF0000000000000
  %v99 = fmul nsz arcp contract afn float %v98, 0.5
  %v100 = fcmp nsz arcp contract afn une float %v99, 0xFFF0000000000000
  %v101 = fcmp nsz arcp contract afn une float %v99, 0x7FF0000000000000
  %v102 = fcmp nsz arcp contract afn une float %v99, %v99
  %v103 = select i1 %v100, float %v99, float 0.0
  %v104 = select i1 %v102, float 0.0, float %v103
  %v105 = select i1 %v101, float %v104, float 0.0
  %v106 = fcmp nsz arcp contract afn olt float %v105, 0.0
  %v107 = select i1 %v106, float -0.5, float 0.5
  %v108 = fadd nsz arcp contract afn float %v105, %v107
  %v109 = fptosi float %v108 to i32
  %v110 = sitofp i32 %v109 to float
  %v111 = ashr i32 %v109, 1
  %v112 = mul i32 %v111, -1
  %v113 = add nsw i32 %v109, %v112
  %v114 = add nsw i32 %v113, 127
  %v115 = shl i32 %v114, 23
  %v116 = bitcast i32 %v115 to float
  %v117 = add nsw i32 %v111, 127
  %v118 = shl i32 %v117, 23
  %v119 = bitcast i32 %v118 to float
  %v120 = fmul nsz arcp contract afn float %v110, -1.0
  %v121 = fadd nsz arcp contract afn float %v105, %v120
  %v122 = fmul nsz arcp contract afn float 0.00015359208919107914, %v121
  %v123 = fadd nsz arcp contract afn float %v122, 0.0013392627006396651
  %v124 = fmul nsz arcp contract afn float %v123, %v121
  %v125 = fadd nsz arcp contract afn float %v124, 0.009618384763598442
  %v126 = fmul nsz arcp contract afn float %v125, %v121
  %v127 = fadd nsz arcp contract afn float %v126, 0.055503472685813904
  %v128 = fmul nsz arcp contract afn float %v127, %v121
  %v129 = fadd nsz arcp contract afn float %v128, 0.24022644758224487
  %v130 = fmul nsz arcp contract afn float %v129, %v121
  %v131 = fadd nsz arcp contract afn float %v130, 0.6931471824645996
  %v132 = fmul nsz arcp contract afn float %v131, %v121
  %v133 = fadd nsz arcp contract afn float %v132, 1.0
  %v134 = fmul nsz arcp contract afn float %v133, %v119
  %v135 = fmul nsz arcp contract afn float %v134, %v116
  %v136 = fcmp nsz arcp contract afn olt float %v99, -150.0
  %v137 = fcmp nsz arcp contract afn olt float %v99, 128.0
  %v138 = fcmp nsz arcp contract afn une float %v52, 0xFFF0000000000000
  %v139 = icmp ne i1 %v137, 1
  %v140 = or i1 %v138, %v102
  %v141 = select i1 %v139, float 0x7FF0000000000000, float %v135
  %v142 = select i1 %v136, float 0.0, float %v141
  %v143 = select i1 %v102, float 0x7FF8000000000000, float %v142
  %v144 = select i1 %v140, float 0x7FF8000000000000, float %v142
  %v145 = select i1 %v54, float %v144, float %v143
  %v146 = fdiv nsz arcp contract afn float %v50, %v145
  store float %v146, float* %v51
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }