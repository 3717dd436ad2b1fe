define amdgpu_kernel void @E_16_4_49_8_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v2 = shl i32 %v0, 4
  %v3 = add nsw i32 %v1, %v2
  %v4 = getelementptr inbounds float, float* %data2, i32 %v3
  %v5 = load float, float* %v4
  %v6 = getelementptr inbounds float, float* %data3, i32 %v3
  %v7 = load float, float* %v6
  %v8 = getelementptr inbounds float, float* %data4, i32 %v3
  %v9 = load float, float* %v8
  %v10 = getelementptr inbounds float, float* %data5, i32 %v3
  %v11 = load float, float* %v10
  %v12 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v13 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v14 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v15 = mul i32 %v0, 3136
  %v16 = mul i32 %v1, 196
  %v17 = add nsw i32 %v15, %v16
  %v18 = shl i32 %v12, 2
  %v19 = add nsw i32 %v17, %v18
  %v20 = mul i32 %v13, 100352
  %v21 = mul i32 %v14, 12544
  %v22 = add nsw i32 %v20, %v21
  %v23 = add nsw i32 %v19, %v22
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = load <4 x float>, <4 x float>* %v24
  %v26 = extractelement <4 x float> %v25, i32 0
  %v27 = extractelement <4 x float> %v25, i32 1
  %v28 = extractelement <4 x float> %v25, i32 2
  %v29 = extractelement <4 x float> %v25, i32 3
  %v30 = fadd nsz arcp contract afn float %v9, 9.999999747378752e-06
  %v31 = call float @llvm.sqrt.float(float %v30)
  %v32 = fmul nsz arcp contract afn float %v5, -1.0
  %v33 = fadd nsz arcp contract afn float %v26, %v32
  %v34 = fadd nsz arcp contract afn float %v27, %v32
  %v35 = fadd nsz arcp contract afn float %v28, %v32
  %v36 = fadd nsz arcp contract afn float %v29, %v32
  %v37 = fmul nsz arcp contract afn float %v33, %v7
  %v38 = fdiv nsz arcp contract afn float %v37, %v31
  %v39 = fadd nsz arcp contract afn float %v38, %v11
  %v40 = fmul nsz arcp contract afn float %v34, %v7
  %v41 = fdiv nsz arcp contract afn float %v40, %v31
  %v42 = fadd nsz arcp contract afn float %v41, %v11
  %v43 = fmul nsz arcp contract afn float %v35, %v7
  %v44 = fdiv nsz arcp contract afn float %v43, %v31
  %v45 = fadd nsz arcp contract afn float %v44, %v11
  %v46 = fmul nsz arcp contract afn float %v36, %v7
  %v47 = fdiv nsz arcp contract afn float %v46, %v31
  %v48 = fadd nsz arcp contract afn float %v47, %v11
  %v49 = fcmp nsz arcp contract afn olt float 0.0, %v39
  %v50 = fcmp nsz arcp contract afn olt float 0.0, %v42
  %v51 = fcmp nsz arcp contract afn olt float 0.0, %v45
  %v52 = fcmp nsz arcp contract afn olt float 0.0, %v48
  %v53 = select i1 %v49, float %v39, float 0.0
  %v54 = select i1 %v50, float %v42, float 0.0
  %v55 = select i1 %v51, float %v45, float 0.0
  %v56 = select i1 %v52, float %v48, float 0.0
  %v57_0 = insertelement <4 x float> poison, float %v53, i32 0
  %v57_1 = insertelement <4 x float> %v57_0, float %v54, i32 1
  %v57_2 = insertelement <4 x float> %v57_1, float %v55, i32 2
  %v57 = insertelement <4 x float> %v57_2, float %v56, i32 3
  %v58 = getelementptr inbounds float, float* %data0, i32 %v23
  store <4 x float> %v57, <4 x float>* %v58
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }