define amdgpu_kernel void @E_4_98_8_16_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 5
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data1, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v8 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v9 = shl i32 %v7, 6
  %v10 = shl i32 %v8, 2
  %v11 = add nsw i32 %v9, %v10
  %v12 = getelementptr inbounds float, float* %data2, i32 %v11
  %v13 = load <4 x float>, <4 x float>* %v12
  %v14 = extractelement <4 x float> %v6, i32 0
  %v15 = extractelement <4 x float> %v13, i32 0
  %v16 = extractelement <4 x float> %v13, i32 1
  %v17 = extractelement <4 x float> %v13, i32 2
  %v18 = extractelement <4 x float> %v13, i32 3
  %v19 = fmul nsz arcp contract afn float %v14, %v15
  %v20 = fmul nsz arcp contract afn float %v14, %v16
  %v21 = fmul nsz arcp contract afn float %v14, %v17
  %v22 = fmul nsz arcp contract afn float %v14, %v18
  %v23_0 = insertelement <4 x float> poison, float %v19, i32 0
  %v23_1 = insertelement <4 x float> %v23_0, float %v20, i32 1
  %v23_2 = insertelement <4 x float> %v23_1, float %v21, i32 2
  %v23 = insertelement <4 x float> %v23_2, float %v22, i32 3
  %v24 = extractelement <4 x float> %v6, i32 1
  %v25 = fmul nsz arcp contract afn float %v24, %v15
  %v26 = fmul nsz arcp contract afn float %v24, %v16
  %v27 = fmul nsz arcp contract afn float %v24, %v17
  %v28 = fmul nsz arcp contract afn float %v24, %v18
  %v29_0 = insertelement <4 x float> poison, float %v25, i32 0
  %v29_1 = insertelement <4 x float> %v29_0, float %v26, i32 1
  %v29_2 = insertelement <4 x float> %v29_1, float %v27, i32 2
  %v29 = insertelement <4 x float> %v29_2, float %v28, i32 3
  %v30 = extractelement <4 x float> %v6, i32 2
  %v31 = fmul nsz arcp contract afn float %v30, %v15
  %v32 = fmul nsz arcp contract afn float %v30, %v16
  %v33 = fmul nsz arcp contract afn float %v30, %v17
  %v34 = fmul nsz arcp contract afn float %v30, %v18
  %v35_0 = insertelement <4 x float> poison, float %v31, i32 0
  %v35_1 = insertelement <4 x float> %v35_0, float %v32, i32 1
  %v35_2 = insertelement <4 x float> %v35_1, float %v33, i32 2
  %v35 = insertelement <4 x float> %v35_2, float %v34, i32 3
  %v36 = extractelement <4 x float> %v6, i32 3
  %v37 = fmul nsz arcp contract afn float %v36, %v15
  %v38 = fmul nsz arcp contract afn float %v36, %v16
  %v39 = fmul nsz arcp contract afn float %v36, %v17
  %v40 = fmul nsz arcp contract afn float %v36, %v18
  %v41_0 = insertelement <4 x float> poison, float %v37, i32 0
  %v41_1 = insertelement <4 x float> %v41_0, float %v38, i32 1
  %v41_2 = insertelement <4 x float> %v41_1, float %v39, i32 2
  %v41 = insertelement <4 x float> %v41_2, float %v40, i32 3
  %v42 = mul i32 %v0, 200704
  %v43 = mul i32 %v1, 25088
  %v44 = add nsw i32 %v42, %v43
  %v45 = add nsw i32 %v11, %v44
  %v46 = add nsw i32 %v45, 6272
  %v47 = getelementptr inbounds float, float* %data0, i32 %v46
  %v48 = add nsw i32 %v45, 12544
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  %v50 = add nsw i32 %v45, 18816
  %v51 = getelementptr inbounds float, float* %data0, i32 %v50
  %v52 = getelementptr inbounds float, float* %data0, i32 %v45
  store <4 x float> %v29, <4 x float>* %v47
  store <4 x float> %v35, <4 x float>* %v49
  store <4 x float> %v41, <4 x float>* %v51
  store <4 x float> %v23, <4 x float>* %v52
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }