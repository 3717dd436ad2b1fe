define amdgpu_kernel void @E_98_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 7
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data0, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = getelementptr inbounds float, float* %data1, i32 %v4
  %v8 = load <4 x float>, <4 x float>* %v7
  %v9 = extractelement <4 x float> %v6, i32 0
  %v10 = extractelement <4 x float> %v6, i32 1
  %v11 = extractelement <4 x float> %v6, i32 2
  %v12 = extractelement <4 x float> %v6, i32 3
  %v13 = extractelement <4 x float> %v8, i32 0
  %v14 = extractelement <4 x float> %v8, i32 1
  %v15 = extractelement <4 x float> %v8, i32 2
  %v16 = extractelement <4 x float> %v8, i32 3
  %v17 = fmul nsz arcp contract afn float %v13, %v13
  %v18 = fmul nsz arcp contract afn float 0.0010000000474974513, %v17
  %v19 = fmul nsz arcp contract afn float 0.9990000128746033, %v9
  %v20 = fadd nsz arcp contract afn float %v19, %v18
  %v21 = fmul nsz arcp contract afn float %v14, %v14
  %v22 = fmul nsz arcp contract afn float 0.0010000000474974513, %v21
  %v23 = fmul nsz arcp contract afn float 0.9990000128746033, %v10
  %v24 = fadd nsz arcp contract afn float %v23, %v22
  %v25 = fmul nsz arcp contract afn float %v15, %v15
  %v26 = fmul nsz arcp contract afn float 0.0010000000474974513, %v25
  %v27 = fmul nsz arcp contract afn float 0.9990000128746033, %v11
  %v28 = fadd nsz arcp contract afn float %v27, %v26
  %v29 = fmul nsz arcp contract afn float %v16, %v16
  %v30 = fmul nsz arcp contract afn float 0.0010000000474974513, %v29
  %v31 = fmul nsz arcp contract afn float 0.9990000128746033, %v12
  %v32 = fadd nsz arcp contract afn float %v31, %v30
  %v33_0 = insertelement <4 x float> poison, float %v20, i32 0
  %v33_1 = insertelement <4 x float> %v33_0, float %v24, i32 1
  %v33_2 = insertelement <4 x float> %v33_1, float %v28, i32 2
  %v33 = insertelement <4 x float> %v33_2, float %v32, i32 3
  store <4 x float> %v33, <4 x float>* %v5
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }