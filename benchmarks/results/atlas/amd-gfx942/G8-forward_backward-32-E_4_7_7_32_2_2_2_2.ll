define amdgpu_kernel void @E_4_7_7_32_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = shl i32 %v0, 1
  %v7 = add nsw i32 %v5, %v6
  %v8 = mul i32 %v1, 28
  %v9 = mul i32 %v4, 14
  %v10 = add nsw i32 %v8, %v9
  %v11 = mul i32 %v2, 6272
  %v12 = mul i32 %v3, 196
  %v13 = add nsw i32 %v11, %v12
  %v14 = add nsw i32 %v10, %v13
  %v15 = add nsw i32 %v7, %v14
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v15, 1
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = icmp slt i32 %v7, 13
  br label %v21_entry
v21_entry:
  br i1 %v20, label %v21_load, label %v21_exit
v21_load:
  %v21_yes = load float, float* %v19
  br label %v21_exit
v21_exit:
  %v21 = phi float [%v21_yes, %v21_load], [0.0, %v21_entry]
  %v22 = add nsw i32 %v15, 14
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = shl i32 %v1, 1
  %v25 = add nsw i32 %v4, %v24
  %v26 = icmp slt i32 %v25, 13
  br label %v27_entry
v27_entry:
  br i1 %v26, label %v27_load, label %v27_exit
v27_load:
  %v27_yes = load float, float* %v23
  br label %v27_exit
v27_exit:
  %v27 = phi float [%v27_yes, %v27_load], [0.0, %v27_entry]
  %v28 = add nsw i32 %v15, 15
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = and i1 %v20, %v26
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v29
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32_0 = insertelement <4 x float> poison, float %v17, i32 0
  %v32_1 = insertelement <4 x float> %v32_0, float %v21, i32 1
  %v32_2 = insertelement <4 x float> %v32_1, float %v27, i32 2
  %v32 = insertelement <4 x float> %v32_2, float %v31, i32 3
  %v33 = mul i32 %v1, 112
  %v34 = mul i32 %v4, 56
  %v35 = add nsw i32 %v33, %v34
  %v36 = mul i32 %v2, 25088
  %v37 = mul i32 %v3, 784
  %v38 = add nsw i32 %v36, %v37
  %v39 = add nsw i32 %v35, %v38
  %v40 = shl i32 %v0, 3
  %v41 = shl i32 %v5, 2
  %v42 = add nsw i32 %v40, %v41
  %v43 = add nsw i32 %v39, %v42
  %v44 = getelementptr inbounds float, float* %data0, i32 %v43
  store <4 x float> %v32, <4 x float>* %v44
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }