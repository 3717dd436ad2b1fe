define amdgpu_kernel void @E_8_49_32_4_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
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
  %v24 = mul i32 %v1, 784
  %v25 = mul i32 %v3, 196
  %v26 = add nsw i32 %v24, %v25
  %v27 = add nsw i32 %v0, %v26
  %v28 = add nsw i32 %v27, %v4
  %v29 = getelementptr inbounds float, float* %data0, i32 %v28
  %v30 = add nsw i32 %v28, 49
  %v31 = getelementptr inbounds float, float* %data0, i32 %v30
  %v32 = add nsw i32 %v28, 98
  %v33 = getelementptr inbounds float, float* %data0, i32 %v32
  %v34 = add nsw i32 %v28, 147
  %v35 = getelementptr inbounds float, float* %data0, i32 %v34
  %v36 = add nsw i32 %v28, 6272
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  %v38 = add nsw i32 %v28, 6321
  %v39 = getelementptr inbounds float, float* %data0, i32 %v38
  %v40 = add nsw i32 %v28, 6370
  %v41 = getelementptr inbounds float, float* %data0, i32 %v40
  %v42 = add nsw i32 %v28, 6419
  %v43 = getelementptr inbounds float, float* %data0, i32 %v42
  %v44 = add nsw i32 %v28, 12544
  %v45 = getelementptr inbounds float, float* %data0, i32 %v44
  %v46 = add nsw i32 %v28, 12593
  %v47 = getelementptr inbounds float, float* %data0, i32 %v46
  %v48 = add nsw i32 %v28, 12642
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  %v50 = add nsw i32 %v28, 12691
  %v51 = getelementptr inbounds float, float* %data0, i32 %v50
  %v52 = add nsw i32 %v28, 18816
  %v53 = getelementptr inbounds float, float* %data0, i32 %v52
  %v54 = add nsw i32 %v28, 18865
  %v55 = getelementptr inbounds float, float* %data0, i32 %v54
  %v56 = add nsw i32 %v28, 18914
  %v57 = getelementptr inbounds float, float* %data0, i32 %v56
  %v58 = add nsw i32 %v28, 18963
  %v59 = getelementptr inbounds float, float* %data0, i32 %v58
  %v60 = extractelement <4 x float> %v13, i32 0
  %v61 = extractelement <4 x float> %v13, i32 1
  %v62 = extractelement <4 x float> %v13, i32 2
  %v63 = extractelement <4 x float> %v13, i32 3
  %v64 = extractelement <4 x float> %v16, i32 0
  %v65 = extractelement <4 x float> %v16, i32 1
  %v66 = extractelement <4 x float> %v16, i32 2
  %v67 = extractelement <4 x float> %v16, i32 3
  %v68 = extractelement <4 x float> %v19, i32 0
  %v69 = extractelement <4 x float> %v19, i32 1
  %v70 = extractelement <4 x float> %v19, i32 2
  %v71 = extractelement <4 x float> %v19, i32 3
  %v72 = extractelement <4 x float> %v21, i32 0
  %v73 = extractelement <4 x float> %v21, i32 1
  %v74 = extractelement <4 x float> %v21, i32 2
  %v75 = extractelement <4 x float> %v21, i32 3
  %v76 = extractelement <4 x float> %v23, i32 0
  %v77 = extractelement <4 x float> %v23, i32 1
  %v78 = extractelement <4 x float> %v23, i32 2
  %v79 = extractelement <4 x float> %v23, i32 3
  %v80 = fadd nsz arcp contract afn float %v60, %v76
  %v81 = fadd nsz arcp contract afn float %v61, %v77
  %v82 = fadd nsz arcp contract afn float %v62, %v78
  %v83 = fadd nsz arcp contract afn float %v63, %v79
  %v84 = fadd nsz arcp contract afn float %v64, %v76
  %v85 = fadd nsz arcp contract afn float %v65, %v77
  %v86 = fadd nsz arcp contract afn float %v66, %v78
  %v87 = fadd nsz arcp contract afn float %v67, %v79
  %v88 = fadd nsz arcp contract afn float %v68, %v76
  %v89 = fadd nsz arcp contract afn float %v69, %v77
  %v90 = fadd nsz arcp contract afn float %v70, %v78
  %v91 = fadd nsz arcp contract afn float %v71, %v79
  %v92 = fadd nsz arcp contract afn float %v72, %v76
  %v93 = fadd nsz arcp contract afn float %v73, %v77
  %v94 = fadd nsz arcp contract afn float %v74, %v78
  %v95 = fadd nsz arcp contract afn float %v75, %v79
  store float %v92, float* %v29
  store float %v93, float* %v31
  store float %v94, float* %v33
  store float %v95, float* %v35
  store float %v80, float* %v37
  store float %v81, float* %v39
  store float %v82, float* %v41
  store float %v83, float* %v43
  store float %v84, float* %v45
  store float %v85, float* %v47
  store float %v86, float* %v49
  store float %v87, float* %v51
  store float %v88, float* %v53
  store float %v89, float* %v55
  store float %v90, float* %v57
  store float %v91, float* %v59
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }