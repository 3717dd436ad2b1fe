define amdgpu_kernel void @E_49_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
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
  %v17 = fmul nsz arcp contract afn float 0.10000000149011612, %v13
  %v18 = fmul nsz arcp contract afn float 0.8999999761581421, %v9
  %v19 = fadd nsz arcp contract afn float %v18, %v17
  %v20 = fmul nsz arcp contract afn float 0.10000000149011612, %v14
  %v21 = fmul nsz arcp contract afn float 0.8999999761581421, %v10
  %v22 = fadd nsz arcp contract afn float %v21, %v20
  %v23 = fmul nsz arcp contract afn float 0.10000000149011612, %v15
  %v24 = fmul nsz arcp contract afn float 0.8999999761581421, %v11
  %v25 = fadd nsz arcp contract afn float %v24, %v23
  %v26 = fmul nsz arcp contract afn float 0.10000000149011612, %v16
  %v27 = fmul nsz arcp contract afn float 0.8999999761581421, %v12
  %v28 = fadd nsz arcp contract afn float %v27, %v26
  %v29_0 = insertelement <4 x float> poison, float %v19, i32 0
  %v29_1 = insertelement <4 x float> %v29_0, float %v22, i32 1
  %v29_2 = insertelement <4 x float> %v29_1, float %v25, i32 2
  %v29 = insertelement <4 x float> %v29_2, float %v28, i32 3
  store <4 x float> %v29, <4 x float>* %v5
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }