define amdgpu_kernel void @E_6272_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
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
  %v9 = extractelement <4 x float> %v6, i32 0
  %v10 = extractelement <4 x float> %v6, i32 1
  %v11 = extractelement <4 x float> %v6, i32 2
  %v12 = extractelement <4 x float> %v6, i32 3
  %v13 = extractelement <4 x float> %v8, i32 0
  %v14 = extractelement <4 x float> %v8, i32 1
  %v15 = extractelement <4 x float> %v8, i32 2
  %v16 = extractelement <4 x float> %v8, i32 3
  %v17 = fcmp nsz arcp contract afn olt float %v9, 0.0
  %v18 = select i1 %v17, float %v13, float 0.0
  %v19 = fmul nsz arcp contract afn float 0.20000000298023224, %v18
  %v20 = select i1 %v17, float 0.0, float %v13
  %v21 = fadd nsz arcp contract afn float %v20, %v19
  %v22 = fcmp nsz arcp contract afn olt float %v10, 0.0
  %v23 = select i1 %v22, float %v14, float 0.0
  %v24 = fmul nsz arcp contract afn float 0.20000000298023224, %v23
  %v25 = select i1 %v22, float 0.0, float %v14
  %v26 = fadd nsz arcp contract afn float %v25, %v24
  %v27 = fcmp nsz arcp contract afn olt float %v11, 0.0
  %v28 = select i1 %v27, float %v15, float 0.0
  %v29 = fmul nsz arcp contract afn float 0.20000000298023224, %v28
  %v30 = select i1 %v27, float 0.0, float %v15
  %v31 = fadd nsz arcp contract afn float %v30, %v29
  %v32 = fcmp nsz arcp contract afn olt float %v12, 0.0
  %v33 = select i1 %v32, float %v16, float 0.0
  %v34 = fmul nsz arcp contract afn float 0.20000000298023224, %v33
  %v35 = select i1 %v32, float 0.0, float %v16
  %v36 = fadd nsz arcp contract afn float %v35, %v34
  %v37_0 = insertelement <4 x float> poison, float %v21, i32 0
  %v37_1 = insertelement <4 x float> %v37_0, float %v26, i32 1
  %v37_2 = insertelement <4 x float> %v37_1, float %v31, i32 2
  %v37 = insertelement <4 x float> %v37_2, float %v36, i32 3
  %v38 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v37, <4 x float>* %v38
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }