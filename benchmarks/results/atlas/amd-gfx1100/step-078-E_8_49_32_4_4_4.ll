define amdgpu_kernel void @E_8_49_32_4_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = mul i32 %v2, 25088
  %v5 = shl i32 %v0, 7
  %v6 = add nsw i32 %v5, %v4
  %v7 = shl i32 %v1, 4
  %v8 = shl i32 %v3, 2
  %v9 = add nsw i32 %v7, %v8
  %v10 = add nsw i32 %v6, %v9
  %v11 = add nsw i32 %v10, 6272
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load <4 x float>, <4 x float>* %v12
  %v14 = add nsw i32 %v10, 12544
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load <4 x float>, <4 x float>* %v15
  %v17 = add nsw i32 %v10, 18816
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load <4 x float>, <4 x float>* %v18
  %v20 = getelementptr inbounds float, float* %data1, i32 %v10
  %v21 = load <4 x float>, <4 x float>* %v20
  %v22 = getelementptr inbounds float, float* %data2, i32 %v9
  %v23 = load <4 x float>, <4 x float>* %v22
  %v24 = getelementptr inbounds float, float* %data3, i32 %v9
  %v25 = load <4 x float>, <4 x float>* %v24
  %v26 = getelementptr inbounds float, float* %data4, i32 %v9
  %v27 = load <4 x float>, <4 x float>* %v26
  %v28 = getelementptr inbounds float, float* %data5, i32 %v9
  %v29 = load <4 x float>, <4 x float>* %v28
  %v30 = mul i32 %v1, 784
  %v31 = mul i32 %v3, 196
  %v32 = add nsw i32 %v30, %v31
  %v33 = add nsw i32 %v0, %v32
  %v34 = add nsw i32 %v33, %v4
  %v35 = getelementptr inbounds float, float* %data0, i32 %v34
  %v36 = add nsw i32 %v34, 49
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  %v38 = add nsw i32 %v34, 98
  %v39 = getelementptr inbounds float, float* %data0, i32 %v38
  %v40 = add nsw i32 %v34, 147
  %v41 = getelementptr inbounds float, float* %data0, i32 %v40
  %v42 = add nsw i32 %v34, 6272
  %v43 = getelementptr inbounds float, float* %data0, i32 %v42
  %v44 = add nsw i32 %v34, 6321
  %v45 = getelementptr inbounds float, float* %data0, i32 %v44
  %v46 = add nsw i32 %v34, 6370
  %v47 = getelementptr inbounds float, float* %data0, i32 %v46
  %v48 = add nsw i32 %v34, 6419
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  %v50 = add nsw i32 %v34, 12544
  %v51 = getelementptr inbounds float, float* %data0, i32 %v50
  %v52 = add nsw i32 %v34, 12593
  %v53 = getelementptr inbounds float, float* %data0, i32 %v52
  %v54 = add nsw i32 %v34, 12642
  %v55 = getelementptr inbounds float, float* %data0, i32 %v54
  %v56 = add nsw i32 %v34, 12691
  %v57 = getelementptr inbounds float, float* %data0, i32 %v56
  %v58 = add nsw i32 %v34, 18816
  %v59 = getelementptr inbounds float, float* %data0, i32 %v58
  %v60 = add nsw i32 %v34, 18865
  %v61 = getelementptr inbounds float, float* %data0, i32 %v60
  %v62 = add nsw i32 %v34, 18914
  %v63 = getelementptr inbounds float, float* %data0, i32 %v62
  %v64 = add nsw i32 %v34, 18963
  %v65 = getelementptr inbounds float, float* %data0, i32 %v64
  %v66 = extractelement <4 x float> %v13, i32 0
  %v67 = extractelement <4 x float> %v13, i32 1
  %v68 = extractelement <4 x float> %v13, i32 2
  %v69 = extractelement <4 x float> %v13, i32 3
  %v70 = extractelement <4 x float> %v16, i32 0
  %v71 = extractelement <4 x float> %v16, i32 1
  %v72 = extractelement <4 x float> %v16, i32 2
  %v73 = extractelement <4 x float> %v16, i32 3
  %v74 = extractelement <4 x float> %v19, i32 0
  %v75 = extractelement <4 x float> %v19, i32 1
  %v76 = extractelement <4 x float> %v19, i32 2
  %v77 = extractelement <4 x float> %v19, i32 3
  %v78 = extractelement <4 x float> %v21, i32 0
  %v79 = extractelement <4 x float> %v21, i32 1
  %v80 = extractelement <4 x float> %v21, i32 2
  %v81 = extractelement <4 x float> %v21, i32 3
  %v82 = extractelement <4 x float> %v23, i32 0
  %v83 = extractelement <4 x float> %v23, i32 1
  %v84 = extractelement <4 x float> %v23, i32 2
  %v85 = extractelement <4 x float> %v23, i32 3
  %v86 = extractelement <4 x float> %v25, i32 0
  %v87 = extractelement <4 x float> %v25, i32 1
  %v88 = extractelement <4 x float> %v25, i32 2
  %v89 = extractelement <4 x float> %v25, i32 3
  %v90 = extractelement <4 x float> %v27, i32 0
  %v91 = extractelement <4 x float> %v27, i32 1
  %v92 = extractelement <4 x float> %v27, i32 2
  %v93 = extractelement <4 x float> %v27, i32 3
  %v94 = extractelement <4 x float> %v29, i32 0
  %v95 = extractelement <4 x float> %v29, i32 1
  %v96 = extractelement <4 x float> %v29, i32 2
  %v97 = extractelement <4 x float> %v29, i32 3
  %v98 = fadd nsz arcp contract afn float %v90, 9.999999747378752e-06
  %v99 = call float @llvm.sqrt.float(float %v98)
  %v100 = fadd nsz arcp contract afn float %v91, 9.999999747378752e-06
  %v101 = call float @llvm.sqrt.float(float %v100)
  %v102 = fadd nsz arcp contract afn float %v92, 9.999999747378752e-06
  %v103 = call float @llvm.sqrt.float(float %v102)
  %v104 = fadd nsz arcp contract afn float %v93, 9.999999747378752e-06
  %v105 = call float @llvm.sqrt.float(float %v104)
  %v106 = fmul nsz arcp contract afn float %v82, -1.0
  %v107 = fadd nsz arcp contract afn float %v66, %v106
  %v108 = fmul nsz arcp contract afn float %v83, -1.0
  %v109 = fadd nsz arcp contract afn float %v67, %v108
  %v110 = fmul nsz arcp contract afn float %v84, -1.0
  %v111 = fadd nsz arcp contract afn float %v68, %v110
  %v112 = fmul nsz arcp contract afn float %v85, -1.0
  %v113 = fadd nsz arcp contract afn float %v69, %v112
  %v114 = fadd nsz arcp contract afn float %v70, %v106
  %v115 = fadd nsz arcp contract afn float %v71, %v108
  %v116 = fadd nsz arcp contract afn float %v72, %v110
  %v117 = fadd nsz arcp contract afn float %v73, %v112
  %v118 = fadd nsz arcp contract afn float %v74, %v106
  %v119 = fadd nsz arcp contract afn float %v75, %v108
  %v120 = fadd nsz arcp contract afn float %v76, %v110
  %v121 = fadd nsz arcp contract afn float %v77, %v112
  %v122 = fadd nsz arcp contract afn float %v78, %v106
  %v123 = fadd nsz arcp contract afn float %v79, %v108
  %v124 = fadd nsz arcp contract afn float %v80, %v110
  %v125 = fadd nsz arcp contract afn float %v81, %v112
  %v126 = fmul nsz arcp contract afn float %v107, %v86
  %v127 = fdiv nsz arcp contract afn float %v126, %v99
  %v128 = fadd nsz arcp contract afn float %v127, %v94
  %v129 = fmul nsz arcp contract afn float %v109, %v87
  %v130 = fdiv nsz arcp contract afn float %v129, %v101
  %v131 = fadd nsz arcp contract afn float %v130, %v95
  %v132 = fmul nsz arcp contract afn float %v111, %v88
  %v133 = fdiv nsz arcp contract afn float %v132, %v103
  %v134 = fadd nsz arcp contract afn float %v133, %v96
  %v135 = fmul nsz arcp contract afn float %v113, %v89
  %v136 = fdiv nsz arcp contract afn float %v135, %v105
  %v137 = fadd nsz arcp contract afn float %v136, %v97
  %v138 = fmul nsz arcp contract afn float %v114, %v86
  %v139 = fdiv nsz arcp contract afn float %v138, %v99
  %v140 = fadd nsz arcp contract afn float %v139, %v94
  %v141 = fmul nsz arcp contract afn float %v115, %v87
  %v142 = fdiv nsz arcp contract afn float %v141, %v101
  %v143 = fadd nsz arcp contract afn float %v142, %v95
  %v144 = fmul nsz arcp contract afn float %v116, %v88
  %v145 = fdiv nsz arcp contract afn float %v144, %v103
  %v146 = fadd nsz arcp contract afn float %v145, %v96
  %v147 = fmul nsz arcp contract afn float %v117, %v89
  %v148 = fdiv nsz arcp contract afn float %v147, %v105
  %v149 = fadd nsz arcp contract afn float %v148, %v97
  %v150 = fmul nsz arcp contract afn float %v118, %v86
  %v151 = fdiv nsz arcp contract afn float %v150, %v99
  %v152 = fadd nsz arcp contract afn float %v151, %v94
  %v153 = fmul nsz arcp contract afn float %v119, %v87
  %v154 = fdiv nsz arcp contract afn float %v153, %v101
  %v155 = fadd nsz arcp contract afn float %v154, %v95
  %v156 = fmul nsz arcp contract afn float %v120, %v88
  %v157 = fdiv nsz arcp contract afn float %v156, %v103
  %v158 = fadd nsz arcp contract afn float %v157, %v96
  %v159 = fmul nsz arcp contract afn float %v121, %v89
  %v160 = fdiv nsz arcp contract afn float %v159, %v105
  %v161 = fadd nsz arcp contract afn float %v160, %v97
  %v162 = fmul nsz arcp contract afn float %v122, %v86
  %v163 = fdiv nsz arcp contract afn float %v162, %v99
  %v164 = fadd nsz arcp contract afn float %v163, %v94
  %v165 = fmul nsz arcp contract afn float %v123, %v87
  %v166 = fdiv nsz arcp contract afn float %v165, %v101
  %v167 = fadd nsz arcp contract afn float %v166, %v95
  %v168 = fmul nsz arcp contract afn float %v124, %v88
  %v169 = fdiv nsz arcp contract afn float %v168, %v103
  %v170 = fadd nsz arcp contract afn float %v169, %v96
  %v171 = fmul nsz arcp contract afn float %v125, %v89
  %v172 = fdiv nsz arcp contract afn float %v171, %v105
  %v173 = fadd nsz arcp contract afn float %v172, %v97
  store float %v164, float* %v35
  store float %v167, float* %v37
  store float %v170, float* %v39
  store float %v173, float* %v41
  store float %v128, float* %v43
  store float %v131, float* %v45
  store float %v134, float* %v47
  store float %v137, float* %v49
  store float %v140, float* %v51
  store float %v143, float* %v53
  store float %v146, float* %v55
  store float %v149, float* %v57
  store float %v152, float* %v59
  store float %v155, float* %v61
  store float %v158, float* %v63
  store float %v161, float* %v65
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }