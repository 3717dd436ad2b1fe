define amdgpu_kernel void @E_4_7_7_32_4_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v2, 3136
  %v6 = mul i32 %v4, 784
  %v7 = add nsw i32 %v5, %v6
  %v8 = mul i32 %v1, 28
  %v9 = shl i32 %v0, 1
  %v10 = add nsw i32 %v9, %v8
  %v11 = add nsw i32 %v10, %v7
  %v12 = mul i32 %v3, 50176
  %v13 = add nsw i32 %v11, %v12
  %v14 = add nsw i32 %v13, 14
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = add nsw i32 %v13, 210
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = add nsw i32 %v13, 406
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = load float, float* %v21
  %v23 = add nsw i32 %v13, 602
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = load float, float* %v24
  %v26 = add nsw i32 %v13, 12558
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = load float, float* %v27
  %v29 = add nsw i32 %v13, 12754
  %v30 = getelementptr inbounds float, float* %data1, i32 %v29
  %v31 = load float, float* %v30
  %v32 = add nsw i32 %v13, 12950
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = load float, float* %v33
  %v35 = add nsw i32 %v13, 13146
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v13, 25102
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v13, 25298
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v13, 25494
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v13, 25690
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v13, 37646
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v13, 37842
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v13, 38038
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = add nsw i32 %v13, 38234
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load float, float* %v60
  %v62 = shl i32 %v2, 4
  %v63 = shl i32 %v4, 2
  %v64 = add nsw i32 %v62, %v63
  %v65 = getelementptr inbounds float, float* %data2, i32 %v64
  %v66 = load <4 x float>, <4 x float>* %v65
  %v67 = mul i32 %v1, 7
  %v68 = add nsw i32 %v0, %v67
  %v69 = mul i32 %v2, 784
  %v70 = mul i32 %v4, 196
  %v71 = add nsw i32 %v69, %v70
  %v72 = add nsw i32 %v68, %v71
  %v73 = mul i32 %v3, 12544
  %v74 = add nsw i32 %v72, %v73
  %v75 = getelementptr inbounds float, float* %data0, i32 %v74
  %v76 = add nsw i32 %v74, 49
  %v77 = getelementptr inbounds float, float* %data0, i32 %v76
  %v78 = add nsw i32 %v74, 98
  %v79 = getelementptr inbounds float, float* %data0, i32 %v78
  %v80 = add nsw i32 %v74, 147
  %v81 = getelementptr inbounds float, float* %data0, i32 %v80
  %v82 = add nsw i32 %v74, 3136
  %v83 = getelementptr inbounds float, float* %data0, i32 %v82
  %v84 = add nsw i32 %v74, 3185
  %v85 = getelementptr inbounds float, float* %data0, i32 %v84
  %v86 = add nsw i32 %v74, 3234
  %v87 = getelementptr inbounds float, float* %data0, i32 %v86
  %v88 = add nsw i32 %v74, 3283
  %v89 = getelementptr inbounds float, float* %data0, i32 %v88
  %v90 = add nsw i32 %v74, 6272
  %v91 = getelementptr inbounds float, float* %data0, i32 %v90
  %v92 = add nsw i32 %v74, 6321
  %v93 = getelementptr inbounds float, float* %data0, i32 %v92
  %v94 = add nsw i32 %v74, 6370
  %v95 = getelementptr inbounds float, float* %data0, i32 %v94
  %v96 = add nsw i32 %v74, 6419
  %v97 = getelementptr inbounds float, float* %data0, i32 %v96
  %v98 = add nsw i32 %v74, 9408
  %v99 = getelementptr inbounds float, float* %data0, i32 %v98
  %v100 = add nsw i32 %v74, 9457
  %v101 = getelementptr inbounds float, float* %data0, i32 %v100
  %v102 = add nsw i32 %v74, 9506
  %v103 = getelementptr inbounds float, float* %data0, i32 %v102
  %v104 = add nsw i32 %v74, 9555
  %v105 = getelementptr inbounds float, float* %data0, i32 %v104
  %v106 = extractelement <4 x float> %v66, i32 0
  %v107 = extractelement <4 x float> %v66, i32 1
  %v108 = extractelement <4 x float> %v66, i32 2
  %v109 = extractelement <4 x float> %v66, i32 3
  %v110 = fadd nsz arcp contract afn float %v16, %v106
  %v111 = fadd nsz arcp contract afn float %v19, %v107
  %v112 = fadd nsz arcp contract afn float %v22, %v108
  %v113 = fadd nsz arcp contract afn float %v25, %v109
  %v114 = fadd nsz arcp contract afn float %v28, %v106
  %v115 = fadd nsz arcp contract afn float %v31, %v107
  %v116 = fadd nsz arcp contract afn float %v34, %v108
  %v117 = fadd nsz arcp contract afn float %v37, %v109
  %v118 = fadd nsz arcp contract afn float %v40, %v106
  %v119 = fadd nsz arcp contract afn float %v43, %v107
  %v120 = fadd nsz arcp contract afn float %v46, %v108
  %v121 = fadd nsz arcp contract afn float %v49, %v109
  %v122 = fadd nsz arcp contract afn float %v52, %v106
  %v123 = fadd nsz arcp contract afn float %v55, %v107
  %v124 = fadd nsz arcp contract afn float %v58, %v108
  %v125 = fadd nsz arcp contract afn float %v61, %v109
  store float %v110, float* %v75
  store float %v111, float* %v77
  store float %v112, float* %v79
  store float %v113, float* %v81
  store float %v114, float* %v83
  store float %v115, float* %v85
  store float %v116, float* %v87
  store float %v117, float* %v89
  store float %v118, float* %v91
  store float %v119, float* %v93
  store float %v120, float* %v95
  store float %v121, float* %v97
  store float %v122, float* %v99
  store float %v123, float* %v101
  store float %v124, float* %v103
  store float %v125, float* %v105
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }