define amdgpu_kernel void @E_16_8_7_8_16_7_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v2, 392
  %v6 = mul i32 %v3, 49
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v0, %v7
  %v9 = mul i32 %v1, 100352
  %v10 = mul i32 %v4, 6272
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v12, 1
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = icmp slt i32 %v0, 6
  br label %v18_entry
v18_entry:
  br i1 %v17, label %v18_load, label %v18_exit
v18_load:
  %v18_yes = load float, float* %v16
  br label %v18_exit
v18_exit:
  %v18 = phi float [%v18_yes, %v18_load], [0.0, %v18_entry]
  %v19 = add nsw i32 %v12, 7
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v12, 8
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  br label %v24_entry
v24_entry:
  br i1 %v17, label %v24_load, label %v24_exit
v24_load:
  %v24_yes = load float, float* %v23
  br label %v24_exit
v24_exit:
  %v24 = phi float [%v24_yes, %v24_load], [0.0, %v24_entry]
  %v25 = add nsw i32 %v12, 14
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = load float, float* %v26
  %v28 = add nsw i32 %v12, 15
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  br label %v30_entry
v30_entry:
  br i1 %v17, label %v30_load, label %v30_exit
v30_load:
  %v30_yes = load float, float* %v29
  br label %v30_exit
v30_exit:
  %v30 = phi float [%v30_yes, %v30_load], [0.0, %v30_entry]
  %v31 = add nsw i32 %v12, 21
  %v32 = getelementptr inbounds float, float* %data1, i32 %v31
  %v33 = load float, float* %v32
  %v34 = add nsw i32 %v12, 22
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  br label %v36_entry
v36_entry:
  br i1 %v17, label %v36_load, label %v36_exit
v36_load:
  %v36_yes = load float, float* %v35
  br label %v36_exit
v36_exit:
  %v36 = phi float [%v36_yes, %v36_load], [0.0, %v36_entry]
  %v37 = add nsw i32 %v12, 28
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = load float, float* %v38
  %v40 = add nsw i32 %v12, 29
  %v41 = getelementptr inbounds float, float* %data1, i32 %v40
  br label %v42_entry
v42_entry:
  br i1 %v17, label %v42_load, label %v42_exit
v42_load:
  %v42_yes = load float, float* %v41
  br label %v42_exit
v42_exit:
  %v42 = phi float [%v42_yes, %v42_load], [0.0, %v42_entry]
  %v43 = add nsw i32 %v12, 35
  %v44 = getelementptr inbounds float, float* %data1, i32 %v43
  %v45 = load float, float* %v44
  %v46 = add nsw i32 %v12, 36
  %v47 = getelementptr inbounds float, float* %data1, i32 %v46
  br label %v48_entry
v48_entry:
  br i1 %v17, label %v48_load, label %v48_exit
v48_load:
  %v48_yes = load float, float* %v47
  br label %v48_exit
v48_exit:
  %v48 = phi float [%v48_yes, %v48_load], [0.0, %v48_entry]
  %v49 = add nsw i32 %v12, 42
  %v50 = getelementptr inbounds float, float* %data1, i32 %v49
  %v51 = load float, float* %v50
  %v52 = add nsw i32 %v12, 43
  %v53 = getelementptr inbounds float, float* %data1, i32 %v52
  br label %v54_entry
v54_entry:
  br i1 %v17, label %v54_load, label %v54_exit
v54_load:
  %v54_yes = load float, float* %v53
  br label %v54_exit
v54_exit:
  %v54 = phi float [%v54_yes, %v54_load], [0.0, %v54_entry]
  %v55 = mul i32 %v1, 784
  %v56 = mul i32 %v4, 49
  %v57 = add nsw i32 %v55, %v56
  %v58 = add nsw i32 %v0, %v57
  %v59 = mul i32 %v2, 200704
  %v60 = mul i32 %v3, 25088
  %v61 = add nsw i32 %v59, %v60
  %v62 = add nsw i32 %v58, %v61
  %v63 = getelementptr inbounds float, float* %data0, i32 %v62
  %v64 = add nsw i32 %v62, 7
  %v65 = getelementptr inbounds float, float* %data0, i32 %v64
  %v66 = add nsw i32 %v62, 14
  %v67 = getelementptr inbounds float, float* %data0, i32 %v66
  %v68 = add nsw i32 %v62, 21
  %v69 = getelementptr inbounds float, float* %data0, i32 %v68
  %v70 = add nsw i32 %v62, 28
  %v71 = getelementptr inbounds float, float* %data0, i32 %v70
  %v72 = add nsw i32 %v62, 35
  %v73 = getelementptr inbounds float, float* %data0, i32 %v72
  %v74 = add nsw i32 %v62, 42
  %v75 = getelementptr inbounds float, float* %data0, i32 %v74
  %v76 = add nsw i32 %v62, 6272
  %v77 = getelementptr inbounds float, float* %data0, i32 %v76
  %v78 = add nsw i32 %v62, 6279
  %v79 = getelementptr inbounds float, float* %data0, i32 %v78
  %v80 = add nsw i32 %v62, 6286
  %v81 = getelementptr inbounds float, float* %data0, i32 %v80
  %v82 = add nsw i32 %v62, 6293
  %v83 = getelementptr inbounds float, float* %data0, i32 %v82
  %v84 = add nsw i32 %v62, 6300
  %v85 = getelementptr inbounds float, float* %data0, i32 %v84
  %v86 = add nsw i32 %v62, 6307
  %v87 = getelementptr inbounds float, float* %data0, i32 %v86
  %v88 = add nsw i32 %v62, 6314
  %v89 = getelementptr inbounds float, float* %data0, i32 %v88
  %v90 = add nsw i32 %v62, 12544
  %v91 = getelementptr inbounds float, float* %data0, i32 %v90
  %v92 = add nsw i32 %v62, 12551
  %v93 = getelementptr inbounds float, float* %data0, i32 %v92
  %v94 = add nsw i32 %v62, 12558
  %v95 = getelementptr inbounds float, float* %data0, i32 %v94
  %v96 = add nsw i32 %v62, 12565
  %v97 = getelementptr inbounds float, float* %data0, i32 %v96
  %v98 = add nsw i32 %v62, 12572
  %v99 = getelementptr inbounds float, float* %data0, i32 %v98
  %v100 = add nsw i32 %v62, 12579
  %v101 = getelementptr inbounds float, float* %data0, i32 %v100
  %v102 = add nsw i32 %v62, 12586
  %v103 = getelementptr inbounds float, float* %data0, i32 %v102
  %v104 = add nsw i32 %v62, 18816
  %v105 = getelementptr inbounds float, float* %data0, i32 %v104
  %v106 = add nsw i32 %v62, 18823
  %v107 = getelementptr inbounds float, float* %data0, i32 %v106
  %v108 = add nsw i32 %v62, 18830
  %v109 = getelementptr inbounds float, float* %data0, i32 %v108
  %v110 = add nsw i32 %v62, 18837
  %v111 = getelementptr inbounds float, float* %data0, i32 %v110
  %v112 = add nsw i32 %v62, 18844
  %v113 = getelementptr inbounds float, float* %data0, i32 %v112
  %v114 = add nsw i32 %v62, 18851
  %v115 = getelementptr inbounds float, float* %data0, i32 %v114
  %v116 = add nsw i32 %v62, 18858
  %v117 = getelementptr inbounds float, float* %data0, i32 %v116
  store float 0.0, float* %v63
  store float %v14, float* %v65
  store float %v21, float* %v67
  store float %v27, float* %v69
  store float %v33, float* %v71
  store float %v39, float* %v73
  store float %v45, float* %v75
  store float 0.0, float* %v77
  store float %v18, float* %v79
  store float %v24, float* %v81
  store float %v30, float* %v83
  store float %v36, float* %v85
  store float %v42, float* %v87
  store float %v48, float* %v89
  store float %v14, float* %v91
  store float %v21, float* %v93
  store float %v27, float* %v95
  store float %v33, float* %v97
  store float %v39, float* %v99
  store float %v45, float* %v101
  store float %v51, float* %v103
  store float %v18, float* %v105
  store float %v24, float* %v107
  store float %v30, float* %v109
  store float %v36, float* %v111
  store float %v42, float* %v113
  store float %v48, float* %v115
  store float %v54, float* %v117
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }