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
  %v14 = add nsw i32 %v13, 196
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = add nsw i32 %v13, 392
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = add nsw i32 %v13, 588
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = load float, float* %v21
  %v23 = add nsw i32 %v13, 12544
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = load float, float* %v24
  %v26 = add nsw i32 %v13, 12740
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = load float, float* %v27
  %v29 = add nsw i32 %v13, 12936
  %v30 = getelementptr inbounds float, float* %data1, i32 %v29
  %v31 = load float, float* %v30
  %v32 = add nsw i32 %v13, 13132
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = load float, float* %v33
  %v35 = add nsw i32 %v13, 25088
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v13, 25284
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v13, 25480
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v13, 25676
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v13, 37632
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v13, 37828
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v13, 38024
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v13, 38220
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = getelementptr inbounds float, float* %data1, i32 %v13
  %v60 = load float, float* %v59
  %v61 = shl i32 %v2, 4
  %v62 = shl i32 %v4, 2
  %v63 = add nsw i32 %v61, %v62
  %v64 = getelementptr inbounds float, float* %data2, i32 %v63
  %v65 = load <4 x float>, <4 x float>* %v64
  %v66 = mul i32 %v1, 7
  %v67 = add nsw i32 %v0, %v66
  %v68 = mul i32 %v2, 784
  %v69 = mul i32 %v4, 196
  %v70 = add nsw i32 %v68, %v69
  %v71 = add nsw i32 %v67, %v70
  %v72 = mul i32 %v3, 12544
  %v73 = add nsw i32 %v71, %v72
  %v74 = getelementptr inbounds float, float* %data0, i32 %v73
  %v75 = add nsw i32 %v73, 49
  %v76 = getelementptr inbounds float, float* %data0, i32 %v75
  %v77 = add nsw i32 %v73, 98
  %v78 = getelementptr inbounds float, float* %data0, i32 %v77
  %v79 = add nsw i32 %v73, 147
  %v80 = getelementptr inbounds float, float* %data0, i32 %v79
  %v81 = add nsw i32 %v73, 3136
  %v82 = getelementptr inbounds float, float* %data0, i32 %v81
  %v83 = add nsw i32 %v73, 3185
  %v84 = getelementptr inbounds float, float* %data0, i32 %v83
  %v85 = add nsw i32 %v73, 3234
  %v86 = getelementptr inbounds float, float* %data0, i32 %v85
  %v87 = add nsw i32 %v73, 3283
  %v88 = getelementptr inbounds float, float* %data0, i32 %v87
  %v89 = add nsw i32 %v73, 6272
  %v90 = getelementptr inbounds float, float* %data0, i32 %v89
  %v91 = add nsw i32 %v73, 6321
  %v92 = getelementptr inbounds float, float* %data0, i32 %v91
  %v93 = add nsw i32 %v73, 6370
  %v94 = getelementptr inbounds float, float* %data0, i32 %v93
  %v95 = add nsw i32 %v73, 6419
  %v96 = getelementptr inbounds float, float* %data0, i32 %v95
  %v97 = add nsw i32 %v73, 9408
  %v98 = getelementptr inbounds float, float* %data0, i32 %v97
  %v99 = add nsw i32 %v73, 9457
  %v100 = getelementptr inbounds float, float* %data0, i32 %v99
  %v101 = add nsw i32 %v73, 9506
  %v102 = getelementptr inbounds float, float* %data0, i32 %v101
  %v103 = add nsw i32 %v73, 9555
  %v104 = getelementptr inbounds float, float* %data0, i32 %v103
  %v105 = extractelement <4 x float> %v65, i32 0
  %v106 = extractelement <4 x float> %v65, i32 1
  %v107 = extractelement <4 x float> %v65, i32 2
  %v108 = extractelement <4 x float> %v65, i32 3
  %v109 = fadd nsz arcp contract afn float %v16, %v106
  %v110 = fadd nsz arcp contract afn float %v19, %v107
  %v111 = fadd nsz arcp contract afn float %v22, %v108
  %v112 = fadd nsz arcp contract afn float %v25, %v105
  %v113 = fadd nsz arcp contract afn float %v28, %v106
  %v114 = fadd nsz arcp contract afn float %v31, %v107
  %v115 = fadd nsz arcp contract afn float %v34, %v108
  %v116 = fadd nsz arcp contract afn float %v37, %v105
  %v117 = fadd nsz arcp contract afn float %v40, %v106
  %v118 = fadd nsz arcp contract afn float %v43, %v107
  %v119 = fadd nsz arcp contract afn float %v46, %v108
  %v120 = fadd nsz arcp contract afn float %v49, %v105
  %v121 = fadd nsz arcp contract afn float %v52, %v106
  %v122 = fadd nsz arcp contract afn float %v55, %v107
  %v123 = fadd nsz arcp contract afn float %v58, %v108
  %v124 = fadd nsz arcp contract afn float %v60, %v105
  store float %v124, float* %v74
  store float %v109, float* %v76
  store float %v110, float* %v78
  store float %v111, float* %v80
  store float %v112, float* %v82
  store float %v113, float* %v84
  store float %v114, float* %v86
  store float %v115, float* %v88
  store float %v116, float* %v90
  store float %v117, float* %v92
  store float %v118, float* %v94
  store float %v119, float* %v96
  store float %v120, float* %v98
  store float %v121, float* %v100
  store float %v122, float* %v102
  store float %v123, float* %v104
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }