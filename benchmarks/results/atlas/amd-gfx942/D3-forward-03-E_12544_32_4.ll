define amdgpu_kernel void @E_12544_32_4(float* noalias align 32 %data0, i1* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 7
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = add nsw i32 %v4, 1
  %v6 = getelementptr inbounds i1, i1* %data1, i32 %v5
  %v7 = load i1, i1* %v6
  %v8 = add nsw i32 %v4, 2
  %v9 = getelementptr inbounds i1, i1* %data1, i32 %v8
  %v10 = load i1, i1* %v9
  %v11 = add nsw i32 %v4, 3
  %v12 = getelementptr inbounds i1, i1* %data1, i32 %v11
  %v13 = load i1, i1* %v12
  %v14 = getelementptr inbounds i1, i1* %data1, i32 %v4
  %v15 = load i1, i1* %v14
  %v16 = getelementptr inbounds float, float* %data2, i32 %v4
  %v17 = load <4 x float>, <4 x float>* %v16
  %v18 = extractelement <4 x float> %v17, i32 0
  %v19 = extractelement <4 x float> %v17, i32 1
  %v20 = extractelement <4 x float> %v17, i32 2
  %v21 = extractelement <4 x float> %v17, i32 3
  %v22 = select i1 %v7, float %v19, float 0.0
  %v23 = fmul nsz arcp contract afn float %v22, 1.4285714626312256
  %v24 = select i1 %v10, float %v20, float 0.0
  %v25 = fmul nsz arcp contract afn float %v24, 1.4285714626312256
  %v26 = select i1 %v13, float %v21, float 0.0
  %v27 = fmul nsz arcp contract afn float %v26, 1.4285714626312256
  %v28 = select i1 %v15, float %v18, float 0.0
  %v29 = fmul nsz arcp contract afn float %v28, 1.4285714626312256
  %v30_0 = insertelement <4 x float> poison, float %v29, i32 0
  %v30_1 = insertelement <4 x float> %v30_0, float %v23, i32 1
  %v30_2 = insertelement <4 x float> %v30_1, float %v25, i32 2
  %v30 = insertelement <4 x float> %v30_2, float %v27, i32 3
  %v31 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v30, <4 x float>* %v31
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }