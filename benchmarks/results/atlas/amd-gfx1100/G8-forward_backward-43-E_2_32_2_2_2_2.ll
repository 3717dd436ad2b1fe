define amdgpu_kernel void @E_2_32_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 7
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data1, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = getelementptr inbounds float, float* %data2, i32 %v4
  %v8 = load <4 x float>, <4 x float>* %v7
  %v9 = getelementptr inbounds float, float* %data3, i32 %v4
  %v10 = load <4 x float>, <4 x float>* %v9
  %v11 = getelementptr inbounds float, float* %data4, i32 %v4
  %v12 = load <4 x float>, <4 x float>* %v11
  %v13 = extractelement <4 x float> %v6, i32 0
  %v14 = extractelement <4 x float> %v6, i32 1
  %v15 = extractelement <4 x float> %v8, i32 0
  %v16 = extractelement <4 x float> %v8, i32 1
  %v17_0 = insertelement <4 x float> poison, float %v14, i32 0
  %v17_1 = insertelement <4 x float> %v17_0, float %v16, i32 1
  %v17_2 = insertelement <4 x float> %v17_1, float %v13, i32 2
  %v17 = insertelement <4 x float> %v17_2, float %v15, i32 3
  %v18 = extractelement <4 x float> %v6, i32 2
  %v19 = extractelement <4 x float> %v6, i32 3
  %v20 = extractelement <4 x float> %v8, i32 2
  %v21 = extractelement <4 x float> %v8, i32 3
  %v22_0 = insertelement <4 x float> poison, float %v19, i32 0
  %v22_1 = insertelement <4 x float> %v22_0, float %v21, i32 1
  %v22_2 = insertelement <4 x float> %v22_1, float %v18, i32 2
  %v22 = insertelement <4 x float> %v22_2, float %v20, i32 3
  %v23 = extractelement <4 x float> %v10, i32 0
  %v24 = extractelement <4 x float> %v10, i32 1
  %v25 = extractelement <4 x float> %v12, i32 0
  %v26 = extractelement <4 x float> %v12, i32 1
  %v27_0 = insertelement <4 x float> poison, float %v24, i32 0
  %v27_1 = insertelement <4 x float> %v27_0, float %v26, i32 1
  %v27_2 = insertelement <4 x float> %v27_1, float %v23, i32 2
  %v27 = insertelement <4 x float> %v27_2, float %v25, i32 3
  %v28 = extractelement <4 x float> %v10, i32 2
  %v29 = extractelement <4 x float> %v10, i32 3
  %v30 = extractelement <4 x float> %v12, i32 2
  %v31 = extractelement <4 x float> %v12, i32 3
  %v32_0 = insertelement <4 x float> poison, float %v29, i32 0
  %v32_1 = insertelement <4 x float> %v32_0, float %v31, i32 1
  %v32_2 = insertelement <4 x float> %v32_1, float %v28, i32 2
  %v32 = insertelement <4 x float> %v32_2, float %v30, i32 3
  %v33 = shl i32 %v0, 9
  %v34 = shl i32 %v1, 4
  %v35 = add nsw i32 %v33, %v34
  %v36 = add nsw i32 %v35, 4
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  %v38 = add nsw i32 %v35, 8
  %v39 = getelementptr inbounds float, float* %data0, i32 %v38
  %v40 = add nsw i32 %v35, 12
  %v41 = getelementptr inbounds float, float* %data0, i32 %v40
  %v42 = getelementptr inbounds float, float* %data0, i32 %v35
  store <4 x float> %v32, <4 x float>* %v37
  store <4 x float> %v17, <4 x float>* %v39
  store <4 x float> %v27, <4 x float>* %v41
  store <4 x float> %v22, <4 x float>* %v42
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }