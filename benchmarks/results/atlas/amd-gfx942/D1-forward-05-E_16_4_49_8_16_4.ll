define amdgpu_kernel void @E_16_4_49_8_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = shl i32 %v1, 4
  %v6 = add nsw i32 %v4, %v5
  %v7 = mul i32 %v2, 100352
  %v8 = mul i32 %v3, 12544
  %v9 = add nsw i32 %v7, %v8
  %v10 = shl i32 %v0, 8
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v6, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v12, 64
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v12, 128
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v12, 192
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data2, i32 %v6
  %v25 = load float, float* %v24
  %v26 = fadd nsz arcp contract afn float %v14, %v25
  %v27 = fadd nsz arcp contract afn float %v17, %v25
  %v28 = fadd nsz arcp contract afn float %v20, %v25
  %v29 = fadd nsz arcp contract afn float %v23, %v25
  %v30_0 = insertelement <4 x float> poison, float %v26, i32 0
  %v30_1 = insertelement <4 x float> %v30_0, float %v27, i32 1
  %v30_2 = insertelement <4 x float> %v30_1, float %v28, i32 2
  %v30 = insertelement <4 x float> %v30_2, float %v29, i32 3
  %v31 = mul i32 %v1, 3136
  %v32 = mul i32 %v4, 196
  %v33 = add nsw i32 %v31, %v32
  %v34 = shl i32 %v0, 2
  %v35 = add nsw i32 %v33, %v34
  %v36 = add nsw i32 %v35, %v9
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  store <4 x float> %v30, <4 x float>* %v37
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }