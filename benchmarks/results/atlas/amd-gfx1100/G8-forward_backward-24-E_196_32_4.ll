define amdgpu_kernel void @E_196_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = shl i32 %v0, 8
  %v3 = shl i32 %v1, 3
  %v4 = add nsw i32 %v2, %v3
  %v5 = add nsw i32 %v4, 1
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load float, float* %v6
  %v8 = add nsw i32 %v4, 3
  %v9 = getelementptr inbounds float, float* %data1, i32 %v8
  %v10 = load float, float* %v9
  %v11 = add nsw i32 %v4, 5
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v4, 7
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17_0 = insertelement <4 x float> poison, float %v7, i32 0
  %v17_1 = insertelement <4 x float> %v17_0, float %v10, i32 1
  %v17_2 = insertelement <4 x float> %v17_1, float %v13, i32 2
  %v17 = insertelement <4 x float> %v17_2, float %v16, i32 3
  %v18 = shl i32 %v0, 7
  %v19 = shl i32 %v1, 2
  %v20 = add nsw i32 %v18, %v19
  %v21 = getelementptr inbounds float, float* %data0, i32 %v20
  store <4 x float> %v17, <4 x float>* %v21
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }