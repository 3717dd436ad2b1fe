define amdgpu_kernel void @E_16_4_8_16_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = shl i32 %v0, 4
  %v5 = add nsw i32 %v3, %v4
  %v6 = shl i32 %v1, 11
  %v7 = shl i32 %v2, 8
  %v8 = add nsw i32 %v6, %v7
  %v9 = add nsw i32 %v5, %v8
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load float, float* %v10
  %v12 = add nsw i32 %v9, 64
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v9, 128
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v9, 192
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = getelementptr inbounds float, float* %data2, i32 %v9
  %v22 = load float, float* %v21
  %v23 = getelementptr inbounds float, float* %data2, i32 %v12
  %v24 = load float, float* %v23
  %v25 = getelementptr inbounds float, float* %data2, i32 %v15
  %v26 = load float, float* %v25
  %v27 = getelementptr inbounds float, float* %data2, i32 %v18
  %v28 = load float, float* %v27
  %v29 = getelementptr inbounds float, float* %data3, i32 %v9
  %v30 = load float, float* %v29
  %v31 = getelementptr inbounds float, float* %data3, i32 %v12
  %v32 = load float, float* %v31
  %v33 = getelementptr inbounds float, float* %data3, i32 %v15
  %v34 = load float, float* %v33
  %v35 = getelementptr inbounds float, float* %data3, i32 %v18
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %data4, i32 %v9
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %data4, i32 %v12
  %v40 = load float, float* %v39
  %v41 = getelementptr inbounds float, float* %data4, i32 %v15
  %v42 = load float, float* %v41
  %v43 = getelementptr inbounds float, float* %data4, i32 %v18
  %v44 = load float, float* %v43
  %v45_0 = insertelement <4 x float> poison, float %v14, i32 0
  %v45_1 = insertelement <4 x float> %v45_0, float %v24, i32 1
  %v45_2 = insertelement <4 x float> %v45_1, float %v11, i32 2
  %v45 = insertelement <4 x float> %v45_2, float %v22, i32 3
  %v46_0 = insertelement <4 x float> poison, float %v20, i32 0
  %v46_1 = insertelement <4 x float> %v46_0, float %v28, i32 1
  %v46_2 = insertelement <4 x float> %v46_1, float %v17, i32 2
  %v46 = insertelement <4 x float> %v46_2, float %v26, i32 3
  %v47_0 = insertelement <4 x float> poison, float %v32, i32 0
  %v47_1 = insertelement <4 x float> %v47_0, float %v40, i32 1
  %v47_2 = insertelement <4 x float> %v47_1, float %v30, i32 2
  %v47 = insertelement <4 x float> %v47_2, float %v38, i32 3
  %v48_0 = insertelement <4 x float> poison, float %v36, i32 0
  %v48_1 = insertelement <4 x float> %v48_0, float %v44, i32 1
  %v48_2 = insertelement <4 x float> %v48_1, float %v34, i32 2
  %v48 = insertelement <4 x float> %v48_2, float %v42, i32 3
  %v49 = shl i32 %v0, 8
  %v50 = shl i32 %v3, 4
  %v51 = add nsw i32 %v49, %v50
  %v52 = shl i32 %v1, 13
  %v53 = shl i32 %v2, 10
  %v54 = add nsw i32 %v52, %v53
  %v55 = add nsw i32 %v51, %v54
  %v56 = add nsw i32 %v55, 4
  %v57 = getelementptr inbounds float, float* %data0, i32 %v56
  %v58 = add nsw i32 %v55, 8
  %v59 = getelementptr inbounds float, float* %data0, i32 %v58
  %v60 = add nsw i32 %v55, 12
  %v61 = getelementptr inbounds float, float* %data0, i32 %v60
  %v62 = getelementptr inbounds float, float* %data0, i32 %v55
  store <4 x float> %v48, <4 x float>* %v57
  store <4 x float> %v45, <4 x float>* %v59
  store <4 x float> %v47, <4 x float>* %v61
  store <4 x float> %v46, <4 x float>* %v62
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }