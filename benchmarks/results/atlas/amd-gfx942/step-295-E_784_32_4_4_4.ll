define amdgpu_kernel void @E_784_32_4_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = shl i32 %v0, 4
  %v4 = shl i32 %v2, 2
  %v5 = add nsw i32 %v3, %v4
  %v6 = mul i32 %v1, 50176
  %v7 = add nsw i32 %v5, %v6
  %v8 = add nsw i32 %v7, 12544
  %v9 = getelementptr inbounds float, float* %data1, i32 %v8
  %v10 = load <4 x float>, <4 x float>* %v9
  %v11 = add nsw i32 %v7, 25088
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load <4 x float>, <4 x float>* %v12
  %v14 = add nsw i32 %v7, 37632
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load <4 x float>, <4 x float>* %v15
  %v17 = getelementptr inbounds float, float* %data1, i32 %v7
  %v18 = load <4 x float>, <4 x float>* %v17
  %v19 = getelementptr inbounds float, float* %data2, i32 %v5
  %v20 = load <4 x float>, <4 x float>* %v19
  %v21 = extractelement <4 x float> %v10, i32 0
  %v22 = extractelement <4 x float> %v10, i32 1
  %v23 = extractelement <4 x float> %v10, i32 2
  %v24 = extractelement <4 x float> %v10, i32 3
  %v25 = extractelement <4 x float> %v20, i32 0
  %v26 = extractelement <4 x float> %v20, i32 1
  %v27 = extractelement <4 x float> %v20, i32 2
  %v28 = extractelement <4 x float> %v20, i32 3
  %v29 = fadd nsz arcp contract afn float %v21, %v25
  %v30 = fadd nsz arcp contract afn float %v22, %v26
  %v31 = fadd nsz arcp contract afn float %v23, %v27
  %v32 = fadd nsz arcp contract afn float %v24, %v28
  %v33_0 = insertelement <4 x float> poison, float %v29, i32 0
  %v33_1 = insertelement <4 x float> %v33_0, float %v30, i32 1
  %v33_2 = insertelement <4 x float> %v33_1, float %v31, i32 2
  %v33 = insertelement <4 x float> %v33_2, float %v32, i32 3
  %v34 = extractelement <4 x float> %v13, i32 0
  %v35 = extractelement <4 x float> %v13, i32 1
  %v36 = extractelement <4 x float> %v13, i32 2
  %v37 = extractelement <4 x float> %v13, i32 3
  %v38 = fadd nsz arcp contract afn float %v34, %v25
  %v39 = fadd nsz arcp contract afn float %v35, %v26
  %v40 = fadd nsz arcp contract afn float %v36, %v27
  %v41 = fadd nsz arcp contract afn float %v37, %v28
  %v42_0 = insertelement <4 x float> poison, float %v38, i32 0
  %v42_1 = insertelement <4 x float> %v42_0, float %v39, i32 1
  %v42_2 = insertelement <4 x float> %v42_1, float %v40, i32 2
  %v42 = insertelement <4 x float> %v42_2, float %v41, i32 3
  %v43 = extractelement <4 x float> %v16, i32 0
  %v44 = extractelement <4 x float> %v16, i32 1
  %v45 = extractelement <4 x float> %v16, i32 2
  %v46 = extractelement <4 x float> %v16, i32 3
  %v47 = fadd nsz arcp contract afn float %v43, %v25
  %v48 = fadd nsz arcp contract afn float %v44, %v26
  %v49 = fadd nsz arcp contract afn float %v45, %v27
  %v50 = fadd nsz arcp contract afn float %v46, %v28
  %v51_0 = insertelement <4 x float> poison, float %v47, i32 0
  %v51_1 = insertelement <4 x float> %v51_0, float %v48, i32 1
  %v51_2 = insertelement <4 x float> %v51_1, float %v49, i32 2
  %v51 = insertelement <4 x float> %v51_2, float %v50, i32 3
  %v52 = extractelement <4 x float> %v18, i32 0
  %v53 = extractelement <4 x float> %v18, i32 1
  %v54 = extractelement <4 x float> %v18, i32 2
  %v55 = extractelement <4 x float> %v18, i32 3
  %v56 = fadd nsz arcp contract afn float %v52, %v25
  %v57 = fadd nsz arcp contract afn float %v53, %v26
  %v58 = fadd nsz arcp contract afn float %v54, %v27
  %v59 = fadd nsz arcp contract afn float %v55, %v28
  %v60_0 = insertelement <4 x float> poison, float %v56, i32 0
  %v60_1 = insertelement <4 x float> %v60_0, float %v57, i32 1
  %v60_2 = insertelement <4 x float> %v60_1, float %v58, i32 2
  %v60 = insertelement <4 x float> %v60_2, float %v59, i32 3
  %v61 = getelementptr inbounds float, float* %data0, i32 %v8
  %v62 = getelementptr inbounds float, float* %data0, i32 %v11
  %v63 = getelementptr inbounds float, float* %data0, i32 %v14
  %v64 = getelementptr inbounds float, float* %data0, i32 %v7
  store <4 x float> %v33, <4 x float>* %v61
  store <4 x float> %v42, <4 x float>* %v62
  store <4 x float> %v51, <4 x float>* %v63
  store <4 x float> %v60, <4 x float>* %v64
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }