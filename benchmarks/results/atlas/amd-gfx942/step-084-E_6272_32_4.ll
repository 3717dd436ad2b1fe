define amdgpu_kernel void @E_6272_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 7
  %v3 = shl i32 %v1, 2
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data1, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = extractelement <4 x float> %v6, i32 0
  %v8 = extractelement <4 x float> %v6, i32 1
  %v9 = extractelement <4 x float> %v6, i32 2
  %v10 = extractelement <4 x float> %v6, i32 3
  %v11 = fcmp nsz arcp contract afn olt float 0.0, %v7
  %v12 = fcmp nsz arcp contract afn olt float 0.0, %v8
  %v13 = fcmp nsz arcp contract afn olt float 0.0, %v9
  %v14 = fcmp nsz arcp contract afn olt float 0.0, %v10
  %v15 = select i1 %v11, float %v7, float 0.0
  %v16 = select i1 %v12, float %v8, float 0.0
  %v17 = select i1 %v13, float %v9, float 0.0
  %v18 = select i1 %v14, float %v10, float 0.0
  %v19_0 = insertelement <4 x float> poison, float %v15, i32 0
  %v19_1 = insertelement <4 x float> %v19_0, float %v16, i32 1
  %v19_2 = insertelement <4 x float> %v19_1, float %v17, i32 2
  %v19 = insertelement <4 x float> %v19_2, float %v18, i32 3
  %v20 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v19, <4 x float>* %v20
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }