define amdgpu_kernel void @E_16_4_49_8_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v2 = shl i32 %v0, 4
  %v3 = add nsw i32 %v1, %v2
  %v4 = getelementptr inbounds float, float* %data2, i32 %v3
  %v5 = load float, float* %v4
  %v6 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v7 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v8 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v9 = mul i32 %v0, 3136
  %v10 = mul i32 %v1, 196
  %v11 = add nsw i32 %v9, %v10
  %v12 = shl i32 %v6, 2
  %v13 = add nsw i32 %v11, %v12
  %v14 = mul i32 %v7, 100352
  %v15 = mul i32 %v8, 12544
  %v16 = add nsw i32 %v14, %v15
  %v17 = add nsw i32 %v13, %v16
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load <4 x float>, <4 x float>* %v18
  %v20 = extractelement <4 x float> %v19, i32 0
  %v21 = extractelement <4 x float> %v19, i32 1
  %v22 = extractelement <4 x float> %v19, i32 2
  %v23 = extractelement <4 x float> %v19, i32 3
  %v24 = fadd nsz arcp contract afn float %v20, %v5
  %v25 = fadd nsz arcp contract afn float %v21, %v5
  %v26 = fadd nsz arcp contract afn float %v22, %v5
  %v27 = fadd nsz arcp contract afn float %v23, %v5
  %v28_0 = insertelement <4 x float> poison, float %v24, i32 0
  %v28_1 = insertelement <4 x float> %v28_0, float %v25, i32 1
  %v28_2 = insertelement <4 x float> %v28_1, float %v26, i32 2
  %v28 = insertelement <4 x float> %v28_2, float %v27, i32 3
  %v29 = getelementptr inbounds float, float* %data0, i32 %v17
  store <4 x float> %v28, <4 x float>* %v29
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }