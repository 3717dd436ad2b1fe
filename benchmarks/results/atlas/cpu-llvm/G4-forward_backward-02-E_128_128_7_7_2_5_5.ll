define void @E_128_128_7_7_2_5_5(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 6272
  %v2 = mul i32 %data2, 20070400
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 128
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 49
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 156800
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 128
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = mul i32 %v8, 49
  %v10 = mul i32 %v8, 12544
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v11 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v11phi, %loop_footer_1_0_1 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 7
  br i1 %v11cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v12 = mul i32 %v11, 7
  %v13 = add nsw i32 %v9, %v12
  %v14 = icmp slt i32 0, %v11
  %v15 = icmp slt i32 1, %v11
  %v16 = icmp slt i32 %v11, 5
  %v17 = icmp slt i32 %v11, 6
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v18 = phi i32 [ 0, %loop_entry_1_1 ], [ %v18phi, %loop_footer_1_1 ]
  %v18phi = add i32 %v18, 1
  %v18cmp = icmp ult i32 %v18, 7
  br i1 %v18cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v19 = add nsw i32 %v12, %v18
  %v20 = add nsw i32 %v5, %v19
  %v21 = add nsw i32 %v20, %v10
  %v22 = add nsw i32 %v21, -16
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = icmp slt i32 1, %v18
  %v25 = and i1 %v24, %v15
  br label %v26_entry
v26_entry:
  br i1 %v25, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v23
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = add nsw i32 %v21, -15
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = icmp slt i32 0, %v18
  %v30 = and i1 %v29, %v15
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v28
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = add nsw i32 %v21, -14
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  br label %v34_entry
v34_entry:
  br i1 %v15, label %v34_load, label %v34_exit
v34_load:
  %v34_yes = load float, float* %v33
  br label %v34_exit
v34_exit:
  %v34 = phi float [%v34_yes, %v34_load], [0.0, %v34_entry]
  %v35 = add nsw i32 %v21, -13
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = icmp slt i32 %v18, 6
  %v38 = and i1 %v37, %v15
  br label %v39_entry
v39_entry:
  br i1 %v38, label %v39_load, label %v39_exit
v39_load:
  %v39_yes = load float, float* %v36
  br label %v39_exit
v39_exit:
  %v39 = phi float [%v39_yes, %v39_load], [0.0, %v39_entry]
  %v40 = add nsw i32 %v21, -12
  %v41 = getelementptr inbounds float, float* %data1, i32 %v40
  %v42 = icmp slt i32 %v18, 5
  %v43 = and i1 %v42, %v15
  br label %v44_entry
v44_entry:
  br i1 %v43, label %v44_load, label %v44_exit
v44_load:
  %v44_yes = load float, float* %v41
  br label %v44_exit
v44_exit:
  %v44 = phi float [%v44_yes, %v44_load], [0.0, %v44_entry]
  %v45 = add nsw i32 %v21, -9
  %v46 = getelementptr inbounds float, float* %data1, i32 %v45
  %v47 = and i1 %v24, %v14
  br label %v48_entry
v48_entry:
  br i1 %v47, label %v48_load, label %v48_exit
v48_load:
  %v48_yes = load float, float* %v46
  br label %v48_exit
v48_exit:
  %v48 = phi float [%v48_yes, %v48_load], [0.0, %v48_entry]
  %v49 = add nsw i32 %v21, -8
  %v50 = getelementptr inbounds float, float* %data1, i32 %v49
  %v51 = and i1 %v29, %v14
  br label %v52_entry
v52_entry:
  br i1 %v51, label %v52_load, label %v52_exit
v52_load:
  %v52_yes = load float, float* %v50
  br label %v52_exit
v52_exit:
  %v52 = phi float [%v52_yes, %v52_load], [0.0, %v52_entry]
  %v53 = add nsw i32 %v21, -7
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  br label %v55_entry
v55_entry:
  br i1 %v14, label %v55_load, label %v55_exit
v55_load:
  %v55_yes = load float, float* %v54
  br label %v55_exit
v55_exit:
  %v55 = phi float [%v55_yes, %v55_load], [0.0, %v55_entry]
  %v56 = add nsw i32 %v21, -6
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = and i1 %v37, %v14
  br label %v59_entry
v59_entry:
  br i1 %v58, label %v59_load, label %v59_exit
v59_load:
  %v59_yes = load float, float* %v57
  br label %v59_exit
v59_exit:
  %v59 = phi float [%v59_yes, %v59_load], [0.0, %v59_entry]
  %v60 = add nsw i32 %v21, -5
  %v61 = getelementptr inbounds float, float* %data1, i32 %v60
  %v62 = and i1 %v42, %v14
  br label %v63_entry
v63_entry:
  br i1 %v62, label %v63_load, label %v63_exit
v63_load:
  %v63_yes = load float, float* %v61
  br label %v63_exit
v63_exit:
  %v63 = phi float [%v63_yes, %v63_load], [0.0, %v63_entry]
  %v64 = add nsw i32 %v21, -2
  %v65 = getelementptr inbounds float, float* %data1, i32 %v64
  br label %v66_entry
v66_entry:
  br i1 %v24, label %v66_load, label %v66_exit
v66_load:
  %v66_yes = load float, float* %v65
  br label %v66_exit
v66_exit:
  %v66 = phi float [%v66_yes, %v66_load], [0.0, %v66_entry]
  %v67 = add nsw i32 %v21, -1
  %v68 = getelementptr inbounds float, float* %data1, i32 %v67
  br label %v69_entry
v69_entry:
  br i1 %v29, label %v69_load, label %v69_exit
v69_load:
  %v69_yes = load float, float* %v68
  br label %v69_exit
v69_exit:
  %v69 = phi float [%v69_yes, %v69_load], [0.0, %v69_entry]
  %v70 = add nsw i32 %v21, 1
  %v71 = getelementptr inbounds float, float* %data1, i32 %v70
  br label %v72_entry
v72_entry:
  br i1 %v37, label %v72_load, label %v72_exit
v72_load:
  %v72_yes = load float, float* %v71
  br label %v72_exit
v72_exit:
  %v72 = phi float [%v72_yes, %v72_load], [0.0, %v72_entry]
  %v73 = add nsw i32 %v21, 2
  %v74 = getelementptr inbounds float, float* %data1, i32 %v73
  br label %v75_entry
v75_entry:
  br i1 %v42, label %v75_load, label %v75_exit
v75_load:
  %v75_yes = load float, float* %v74
  br label %v75_exit
v75_exit:
  %v75 = phi float [%v75_yes, %v75_load], [0.0, %v75_entry]
  %v76 = add nsw i32 %v21, 5
  %v77 = getelementptr inbounds float, float* %data1, i32 %v76
  %v78 = and i1 %v24, %v17
  br label %v79_entry
v79_entry:
  br i1 %v78, label %v79_load, label %v79_exit
v79_load:
  %v79_yes = load float, float* %v77
  br label %v79_exit
v79_exit:
  %v79 = phi float [%v79_yes, %v79_load], [0.0, %v79_entry]
  %v80 = add nsw i32 %v21, 6
  %v81 = getelementptr inbounds float, float* %data1, i32 %v80
  %v82 = and i1 %v29, %v17
  br label %v83_entry
v83_entry:
  br i1 %v82, label %v83_load, label %v83_exit
v83_load:
  %v83_yes = load float, float* %v81
  br label %v83_exit
v83_exit:
  %v83 = phi float [%v83_yes, %v83_load], [0.0, %v83_entry]
  %v84 = add nsw i32 %v21, 7
  %v85 = getelementptr inbounds float, float* %data1, i32 %v84
  br label %v86_entry
v86_entry:
  br i1 %v17, label %v86_load, label %v86_exit
v86_load:
  %v86_yes = load float, float* %v85
  br label %v86_exit
v86_exit:
  %v86 = phi float [%v86_yes, %v86_load], [0.0, %v86_entry]
  %v87 = add nsw i32 %v21, 8
  %v88 = getelementptr inbounds float, float* %data1, i32 %v87
  %v89 = and i1 %v37, %v17
  br label %v90_entry
v90_entry:
  br i1 %v89, label %v90_load, label %v90_exit
v90_load:
  %v90_yes = load float, float* %v88
  br label %v90_exit
v90_exit:
  %v90 = phi float [%v90_yes, %v90_load], [0.0, %v90_entry]
  %v91 = add nsw i32 %v21, 9
  %v92 = getelementptr inbounds float, float* %data1, i32 %v91
  %v93 = and i1 %v42, %v17
  br label %v94_entry
v94_entry:
  br i1 %v93, label %v94_load, label %v94_exit
v94_load:
  %v94_yes = load float, float* %v92
  br label %v94_exit
v94_exit:
  %v94 = phi float [%v94_yes, %v94_load], [0.0, %v94_entry]
  %v95 = add nsw i32 %v21, 12
  %v96 = getelementptr inbounds float, float* %data1, i32 %v95
  %v97 = and i1 %v24, %v16
  br label %v98_entry
v98_entry:
  br i1 %v97, label %v98_load, label %v98_exit
v98_load:
  %v98_yes = load float, float* %v96
  br label %v98_exit
v98_exit:
  %v98 = phi float [%v98_yes, %v98_load], [0.0, %v98_entry]
  %v99 = add nsw i32 %v21, 13
  %v100 = getelementptr inbounds float, float* %data1, i32 %v99
  %v101 = and i1 %v29, %v16
  br label %v102_entry
v102_entry:
  br i1 %v101, label %v102_load, label %v102_exit
v102_load:
  %v102_yes = load float, float* %v100
  br label %v102_exit
v102_exit:
  %v102 = phi float [%v102_yes, %v102_load], [0.0, %v102_entry]
  %v103 = add nsw i32 %v21, 14
  %v104 = getelementptr inbounds float, float* %data1, i32 %v103
  br label %v105_entry
v105_entry:
  br i1 %v16, label %v105_load, label %v105_exit
v105_load:
  %v105_yes = load float, float* %v104
  br label %v105_exit
v105_exit:
  %v105 = phi float [%v105_yes, %v105_load], [0.0, %v105_entry]
  %v106 = add nsw i32 %v21, 15
  %v107 = getelementptr inbounds float, float* %data1, i32 %v106
  %v108 = and i1 %v37, %v16
  br label %v109_entry
v109_entry:
  br i1 %v108, label %v109_load, label %v109_exit
v109_load:
  %v109_yes = load float, float* %v107
  br label %v109_exit
v109_exit:
  %v109 = phi float [%v109_yes, %v109_load], [0.0, %v109_entry]
  %v110 = add nsw i32 %v21, 16
  %v111 = getelementptr inbounds float, float* %data1, i32 %v110
  %v112 = and i1 %v42, %v16
  br label %v113_entry
v113_entry:
  br i1 %v112, label %v113_load, label %v113_exit
v113_load:
  %v113_yes = load float, float* %v111
  br label %v113_exit
v113_exit:
  %v113 = phi float [%v113_yes, %v113_load], [0.0, %v113_entry]
  %v114 = getelementptr inbounds float, float* %data1, i32 %v21
  %v115 = load float, float* %v114
  %v116 = add nsw i32 %v13, %v18
  %v117 = add nsw i32 %v116, %v7
  %v118 = add nsw i32 %v117, 6272
  %v119 = getelementptr inbounds float, float* %data0, i32 %v118
  %v120 = add nsw i32 %v117, 12544
  %v121 = getelementptr inbounds float, float* %data0, i32 %v120
  %v122 = add nsw i32 %v117, 18816
  %v123 = getelementptr inbounds float, float* %data0, i32 %v122
  %v124 = add nsw i32 %v117, 25088
  %v125 = getelementptr inbounds float, float* %data0, i32 %v124
  %v126 = add nsw i32 %v117, 31360
  %v127 = getelementptr inbounds float, float* %data0, i32 %v126
  %v128 = add nsw i32 %v117, 37632
  %v129 = getelementptr inbounds float, float* %data0, i32 %v128
  %v130 = add nsw i32 %v117, 43904
  %v131 = getelementptr inbounds float, float* %data0, i32 %v130
  %v132 = add nsw i32 %v117, 50176
  %v133 = getelementptr inbounds float, float* %data0, i32 %v132
  %v134 = add nsw i32 %v117, 56448
  %v135 = getelementptr inbounds float, float* %data0, i32 %v134
  %v136 = add nsw i32 %v117, 62720
  %v137 = getelementptr inbounds float, float* %data0, i32 %v136
  %v138 = add nsw i32 %v117, 68992
  %v139 = getelementptr inbounds float, float* %data0, i32 %v138
  %v140 = add nsw i32 %v117, 75264
  %v141 = getelementptr inbounds float, float* %data0, i32 %v140
  %v142 = add nsw i32 %v117, 81536
  %v143 = getelementptr inbounds float, float* %data0, i32 %v142
  %v144 = add nsw i32 %v117, 87808
  %v145 = getelementptr inbounds float, float* %data0, i32 %v144
  %v146 = add nsw i32 %v117, 94080
  %v147 = getelementptr inbounds float, float* %data0, i32 %v146
  %v148 = add nsw i32 %v117, 100352
  %v149 = getelementptr inbounds float, float* %data0, i32 %v148
  %v150 = add nsw i32 %v117, 106624
  %v151 = getelementptr inbounds float, float* %data0, i32 %v150
  %v152 = add nsw i32 %v117, 112896
  %v153 = getelementptr inbounds float, float* %data0, i32 %v152
  %v154 = add nsw i32 %v117, 119168
  %v155 = getelementptr inbounds float, float* %data0, i32 %v154
  %v156 = add nsw i32 %v117, 125440
  %v157 = getelementptr inbounds float, float* %data0, i32 %v156
  %v158 = add nsw i32 %v117, 131712
  %v159 = getelementptr inbounds float, float* %data0, i32 %v158
  %v160 = add nsw i32 %v117, 137984
  %v161 = getelementptr inbounds float, float* %data0, i32 %v160
  %v162 = add nsw i32 %v117, 144256
  %v163 = getelementptr inbounds float, float* %data0, i32 %v162
  %v164 = add nsw i32 %v117, 150528
  %v165 = getelementptr inbounds float, float* %data0, i32 %v164
  %v166 = getelementptr inbounds float, float* %data0, i32 %v117
  store float %v31, float* %v119
  store float %v34, float* %v121
  store float %v39, float* %v123
  store float %v44, float* %v125
  store float %v48, float* %v127
  store float %v52, float* %v129
  store float %v55, float* %v131
  store float %v59, float* %v133
  store float %v63, float* %v135
  store float %v66, float* %v137
  store float %v69, float* %v139
  store float %v115, float* %v141
  store float %v72, float* %v143
  store float %v75, float* %v145
  store float %v79, float* %v147
  store float %v83, float* %v149
  store float %v86, float* %v151
  store float %v90, float* %v153
  store float %v94, float* %v155
  store float %v98, float* %v157
  store float %v102, float* %v159
  store float %v105, float* %v161
  store float %v109, float* %v163
  store float %v113, float* %v165
  store float %v26, float* %v166
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