define amdgpu_kernel void @r_98_32_4_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  %reg_0 = alloca [4 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 7
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data2, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = getelementptr inbounds float, float* %reg_0, i32 0
  %v8 = getelementptr inbounds float, float* %reg_0, i32 1
  %v9 = getelementptr inbounds float, float* %reg_0, i32 2
  %v10 = getelementptr inbounds float, float* %reg_0, i32 3
  %v11 = extractelement <4 x float> %v6, i32 0
  %v12 = extractelement <4 x float> %v6, i32 1
  %v13 = extractelement <4 x float> %v6, i32 2
  %v14 = extractelement <4 x float> %v6, i32 3
  %v15 = fmul nsz arcp contract afn float %v11, -1.0
  %v16 = fmul nsz arcp contract afn float %v12, -1.0
  %v17 = fmul nsz arcp contract afn float %v13, -1.0
  %v18 = fmul nsz arcp contract afn float %v14, -1.0
  store float 0.0, float* %v7
  store float 0.0, float* %v8
  store float 0.0, float* %v9
  store float 0.0, float* %v10
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v23 = phi i32 [ 0, %loop_entry_0 ], [ %v23phi, %loop_footer_0 ]
  %v23phi = add i32 %v23, 1
  %v23cmp = icmp ult i32 %v23, 32
  br i1 %v23cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v24 = getelementptr inbounds float, float* %reg_0, i32 0
  %v25 = load float, float* %v24
  %v26 = getelementptr inbounds float, float* %reg_0, i32 1
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %reg_0, i32 2
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %reg_0, i32 3
  %v31 = load float, float* %v30
  %v32 = mul i32 %v23, 50176
  %v33 = add nsw i32 %v4, %v32
  %v34 = add nsw i32 %v33, 12544
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  %v36 = load <4 x float>, <4 x float>* %v35
  %v37 = add nsw i32 %v33, 25088
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = load <4 x float>, <4 x float>* %v38
  %v40 = add nsw i32 %v33, 37632
  %v41 = getelementptr inbounds float, float* %data1, i32 %v40
  %v42 = load <4 x float>, <4 x float>* %v41
  %v43 = getelementptr inbounds float, float* %data1, i32 %v33
  %v44 = load <4 x float>, <4 x float>* %v43
  %v45 = getelementptr inbounds float, float* %data4, i32 %v34
  %v46 = load <4 x float>, <4 x float>* %v45
  %v47 = getelementptr inbounds float, float* %data4, i32 %v37
  %v48 = load <4 x float>, <4 x float>* %v47
  %v49 = getelementptr inbounds float, float* %data4, i32 %v40
  %v50 = load <4 x float>, <4 x float>* %v49
  %v51 = getelementptr inbounds float, float* %data4, i32 %v33
  %v52 = load <4 x float>, <4 x float>* %v51
  %v53 = extractelement <4 x float> %v36, i32 0
  %v54 = extractelement <4 x float> %v36, i32 1
  %v55 = extractelement <4 x float> %v36, i32 2
  %v56 = extractelement <4 x float> %v36, i32 3
  %v57 = extractelement <4 x float> %v39, i32 0
  %v58 = extractelement <4 x float> %v39, i32 1
  %v59 = extractelement <4 x float> %v39, i32 2
  %v60 = extractelement <4 x float> %v39, i32 3
  %v61 = extractelement <4 x float> %v42, i32 0
  %v62 = extractelement <4 x float> %v42, i32 1
  %v63 = extractelement <4 x float> %v42, i32 2
  %v64 = extractelement <4 x float> %v42, i32 3
  %v65 = extractelement <4 x float> %v44, i32 0
  %v66 = extractelement <4 x float> %v44, i32 1
  %v67 = extractelement <4 x float> %v44, i32 2
  %v68 = extractelement <4 x float> %v44, i32 3
  %v69 = extractelement <4 x float> %v46, i32 0
  %v70 = extractelement <4 x float> %v46, i32 1
  %v71 = extractelement <4 x float> %v46, i32 2
  %v72 = extractelement <4 x float> %v46, i32 3
  %v73 = extractelement <4 x float> %v48, i32 0
  %v74 = extractelement <4 x float> %v48, i32 1
  %v75 = extractelement <4 x float> %v48, i32 2
  %v76 = extractelement <4 x float> %v48, i32 3
  %v77 = extractelement <4 x float> %v50, i32 0
  %v78 = extractelement <4 x float> %v50, i32 1
  %v79 = extractelement <4 x float> %v50, i32 2
  %v80 = extractelement <4 x float> %v50, i32 3
  %v81 = extractelement <4 x float> %v52, i32 0
  %v82 = extractelement <4 x float> %v52, i32 1
  %v83 = extractelement <4 x float> %v52, i32 2
  %v84 = extractelement <4 x float> %v52, i32 3
  %v85 = fadd nsz arcp contract afn float %v53, %v15
  %v86 = fadd nsz arcp contract afn float %v54, %v16
  %v87 = fadd nsz arcp contract afn float %v55, %v17
  %v88 = fadd nsz arcp contract afn float %v56, %v18
  %v89 = fadd nsz arcp contract afn float %v57, %v15
  %v90 = fadd nsz arcp contract afn float %v58, %v16
  %v91 = fadd nsz arcp contract afn float %v59, %v17
  %v92 = fadd nsz arcp contract afn float %v60, %v18
  %v93 = fadd nsz arcp contract afn float %v61, %v15
  %v94 = fadd nsz arcp contract afn float %v62, %v16
  %v95 = fadd nsz arcp contract afn float %v63, %v17
  %v96 = fadd nsz arcp contract afn float %v64, %v18
  %v97 = fadd nsz arcp contract afn float %v65, %v15
  %v98 = fadd nsz arcp contract afn float %v66, %v16
  %v99 = fadd nsz arcp contract afn float %v67, %v17
  %v100 = fadd nsz arcp contract afn float %v68, %v18
  %v101 = fmul nsz arcp contract afn float %v85, %v69
  %v102 = fmul nsz arcp contract afn float %v97, %v81
  %v103 = fadd nsz arcp contract afn float %v102, %v101
  %v104 = fmul nsz arcp contract afn float %v89, %v73
  %v105 = fadd nsz arcp contract afn float %v103, %v104
  %v106 = fmul nsz arcp contract afn float %v93, %v77
  %v107 = fadd nsz arcp contract afn float %v105, %v106
  %v108 = fadd nsz arcp contract afn float %v25, %v107
  %v109 = fmul nsz arcp contract afn float %v86, %v70
  %v110 = fmul nsz arcp contract afn float %v98, %v82
  %v111 = fadd nsz arcp contract afn float %v110, %v109
  %v112 = fmul nsz arcp contract afn float %v90, %v74
  %v113 = fadd nsz arcp contract afn float %v111, %v112
  %v114 = fmul nsz arcp contract afn float %v94, %v78
  %v115 = fadd nsz arcp contract afn float %v113, %v114
  %v116 = fadd nsz arcp contract afn float %v27, %v115
  %v117 = fmul nsz arcp contract afn float %v87, %v71
  %v118 = fmul nsz arcp contract afn float %v99, %v83
  %v119 = fadd nsz arcp contract afn float %v118, %v117
  %v120 = fmul nsz arcp contract afn float %v91, %v75
  %v121 = fadd nsz arcp contract afn float %v119, %v120
  %v122 = fmul nsz arcp contract afn float %v95, %v79
  %v123 = fadd nsz arcp contract afn float %v121, %v122
  %v124 = fadd nsz arcp contract afn float %v29, %v123
  %v125 = fmul nsz arcp contract afn float %v88, %v72
  %v126 = fmul nsz arcp contract afn float %v100, %v84
  %v127 = fadd nsz arcp contract afn float %v126, %v125
  %v128 = fmul nsz arcp contract afn float %v92, %v76
  %v129 = fadd nsz arcp contract afn float %v127, %v128
  %v130 = fmul nsz arcp contract afn float %v96, %v80
  %v131 = fadd nsz arcp contract afn float %v129, %v130
  %v132 = fadd nsz arcp contract afn float %v31, %v131
  store float %v108, float* %v24
  store float %v116, float* %v26
  store float %v124, float* %v28
  store float %v132, float* %v30
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v138 = getelementptr inbounds float, float* %reg_0, i32 0
  %v139 = load float, float* %v138
  %v140 = getelementptr inbounds float, float* %reg_0, i32 1
  %v141 = load float, float* %v140
  %v142 = getelementptr inbounds float, float* %reg_0, i32 2
  %v143 = load float, float* %v142
  %v144 = getelementptr inbounds float, float* %reg_0, i32 3
  %v145 = load float, float* %v144
  %v146 = getelementptr inbounds float, float* %data3, i32 %v4
  %v147 = load <4 x float>, <4 x float>* %v146
  %v148 = getelementptr inbounds float, float* %data5, i32 %v4
  %v149 = load <4 x float>, <4 x float>* %v148
  %v150 = extractelement <4 x float> %v147, i32 0
  %v151 = extractelement <4 x float> %v147, i32 1
  %v152 = extractelement <4 x float> %v147, i32 2
  %v153 = extractelement <4 x float> %v147, i32 3
  %v154 = extractelement <4 x float> %v149, i32 0
  %v155 = extractelement <4 x float> %v149, i32 1
  %v156 = extractelement <4 x float> %v149, i32 2
  %v157 = extractelement <4 x float> %v149, i32 3
  %v158 = fadd nsz arcp contract afn float %v154, 9.999999747378752e-06
  %v159 = call float @llvm.sqrt.float(float %v158)
  %v160 = fadd nsz arcp contract afn float %v155, 9.999999747378752e-06
  %v161 = call float @llvm.sqrt.float(float %v160)
  %v162 = fadd nsz arcp contract afn float %v156, 9.999999747378752e-06
  %v163 = call float @llvm.sqrt.float(float %v162)
  %v164 = fadd nsz arcp contract afn float %v157, 9.999999747378752e-06
  %v165 = call float @llvm.sqrt.float(float %v164)
  %v166 = fmul nsz arcp contract afn float %v139, %v150
  %v167 = fmul nsz arcp contract afn float %v141, %v151
  %v168 = fmul nsz arcp contract afn float %v143, %v152
  %v169 = fmul nsz arcp contract afn float %v145, %v153
  %v170 = fdiv nsz arcp contract afn float 1.0, %v159
  %v171 = fdiv nsz arcp contract afn float %v170, %v159
  %v172 = fdiv nsz arcp contract afn float %v171, %v159
  %v173 = fmul nsz arcp contract afn float %v172, %v166
  %v174 = fmul nsz arcp contract afn float %v173, -0.00390625
  %v175 = fdiv nsz arcp contract afn float 1.0, %v161
  %v176 = fdiv nsz arcp contract afn float %v175, %v161
  %v177 = fdiv nsz arcp contract afn float %v176, %v161
  %v178 = fmul nsz arcp contract afn float %v177, %v167
  %v179 = fmul nsz arcp contract afn float %v178, -0.00390625
  %v180 = fdiv nsz arcp contract afn float 1.0, %v163
  %v181 = fdiv nsz arcp contract afn float %v180, %v163
  %v182 = fdiv nsz arcp contract afn float %v181, %v163
  %v183 = fmul nsz arcp contract afn float %v182, %v168
  %v184 = fmul nsz arcp contract afn float %v183, -0.00390625
  %v185 = fdiv nsz arcp contract afn float 1.0, %v165
  %v186 = fdiv nsz arcp contract afn float %v185, %v165
  %v187 = fdiv nsz arcp contract afn float %v186, %v165
  %v188 = fmul nsz arcp contract afn float %v187, %v169
  %v189 = fmul nsz arcp contract afn float %v188, -0.00390625
  %v190_0 = insertelement <4 x float> poison, float %v174, i32 0
  %v190_1 = insertelement <4 x float> %v190_0, float %v179, i32 1
  %v190_2 = insertelement <4 x float> %v190_1, float %v184, i32 2
  %v190 = insertelement <4 x float> %v190_2, float %v189, i32 3
  %v191 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v190, <4 x float>* %v191
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }