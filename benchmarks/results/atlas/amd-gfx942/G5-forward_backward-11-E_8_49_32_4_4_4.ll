define amdgpu_kernel void @E_8_49_32_4_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = mul i32 %v1, 784
  %v5 = mul i32 %v3, 196
  %v6 = add nsw i32 %v4, %v5
  %v7 = add nsw i32 %v0, %v6
  %v8 = mul i32 %v2, 25088
  %v9 = add nsw i32 %v7, %v8
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load float, float* %v10
  %v12 = add nsw i32 %v9, 49
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v9, 98
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v9, 147
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v9, 6272
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24 = add nsw i32 %v9, 6321
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v9, 6370
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load float, float* %v28
  %v30 = add nsw i32 %v9, 6419
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  %v32 = load float, float* %v31
  %v33 = add nsw i32 %v9, 12544
  %v34 = getelementptr inbounds float, float* %data1, i32 %v33
  %v35 = load float, float* %v34
  %v36 = add nsw i32 %v9, 12593
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  %v38 = load float, float* %v37
  %v39 = add nsw i32 %v9, 12642
  %v40 = getelementptr inbounds float, float* %data1, i32 %v39
  %v41 = load float, float* %v40
  %v42 = add nsw i32 %v9, 12691
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  %v44 = load float, float* %v43
  %v45 = add nsw i32 %v9, 18816
  %v46 = getelementptr inbounds float, float* %data1, i32 %v45
  %v47 = load float, float* %v46
  %v48 = add nsw i32 %v9, 18865
  %v49 = getelementptr inbounds float, float* %data1, i32 %v48
  %v50 = load float, float* %v49
  %v51 = add nsw i32 %v9, 18914
  %v52 = getelementptr inbounds float, float* %data1, i32 %v51
  %v53 = load float, float* %v52
  %v54 = add nsw i32 %v9, 18963
  %v55 = getelementptr inbounds float, float* %data1, i32 %v54
  %v56 = load float, float* %v55
  %v57 = shl i32 %v1, 4
  %v58 = shl i32 %v3, 2
  %v59 = add nsw i32 %v57, %v58
  %v60 = getelementptr inbounds float, float* %data2, i32 %v59
  %v61 = load <4 x float>, <4 x float>* %v60
  %v62 = getelementptr inbounds float, float* %data0, i32 %v9
  %v63 = getelementptr inbounds float, float* %data0, i32 %v12
  %v64 = getelementptr inbounds float, float* %data0, i32 %v15
  %v65 = getelementptr inbounds float, float* %data0, i32 %v18
  %v66 = getelementptr inbounds float, float* %data0, i32 %v21
  %v67 = getelementptr inbounds float, float* %data0, i32 %v24
  %v68 = getelementptr inbounds float, float* %data0, i32 %v27
  %v69 = getelementptr inbounds float, float* %data0, i32 %v30
  %v70 = getelementptr inbounds float, float* %data0, i32 %v33
  %v71 = getelementptr inbounds float, float* %data0, i32 %v36
  %v72 = getelementptr inbounds float, float* %data0, i32 %v39
  %v73 = getelementptr inbounds float, float* %data0, i32 %v42
  %v74 = getelementptr inbounds float, float* %data0, i32 %v45
  %v75 = getelementptr inbounds float, float* %data0, i32 %v48
  %v76 = getelementptr inbounds float, float* %data0, i32 %v51
  %v77 = getelementptr inbounds float, float* %data0, i32 %v54
  %v78 = extractelement <4 x float> %v61, i32 0
  %v79 = extractelement <4 x float> %v61, i32 1
  %v80 = extractelement <4 x float> %v61, i32 2
  %v81 = extractelement <4 x float> %v61, i32 3
  %v82 = fadd nsz arcp contract afn float %v11, %v78
  %v83 = fadd nsz arcp contract afn float %v14, %v79
  %v84 = fadd nsz arcp contract afn float %v17, %v80
  %v85 = fadd nsz arcp contract afn float %v20, %v81
  %v86 = fadd nsz arcp contract afn float %v23, %v78
  %v87 = fadd nsz arcp contract afn float %v26, %v79
  %v88 = fadd nsz arcp contract afn float %v29, %v80
  %v89 = fadd nsz arcp contract afn float %v32, %v81
  %v90 = fadd nsz arcp contract afn float %v35, %v78
  %v91 = fadd nsz arcp contract afn float %v38, %v79
  %v92 = fadd nsz arcp contract afn float %v41, %v80
  %v93 = fadd nsz arcp contract afn float %v44, %v81
  %v94 = fadd nsz arcp contract afn float %v47, %v78
  %v95 = fadd nsz arcp contract afn float %v50, %v79
  %v96 = fadd nsz arcp contract afn float %v53, %v80
  %v97 = fadd nsz arcp contract afn float %v56, %v81
  store float %v82, float* %v62
  store float %v83, float* %v63
  store float %v84, float* %v64
  store float %v85, float* %v65
  store float %v86, float* %v66
  store float %v87, float* %v67
  store float %v88, float* %v68
  store float %v89, float* %v69
  store float %v90, float* %v70
  store float %v91, float* %v71
  store float %v92, float* %v72
  store float %v93, float* %v73
  store float %v94, float* %v74
  store float %v95, float* %v75
  store float %v96, float* %v76
  store float %v97, float* %v77
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }