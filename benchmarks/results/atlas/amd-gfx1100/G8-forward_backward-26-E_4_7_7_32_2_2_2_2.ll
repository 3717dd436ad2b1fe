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
  %v18 = shl i32 %v1, 1
  %v19 = add nsw i32 %v4, %v18
  %v20 = mul i32 %v2, 448
  %v21 = mul i32 %v3, 14
  %v22 = add nsw i32 %v20, %v21
  %v23 = add nsw i32 %v19, %v22
  %v24 = add nsw i32 %v23, 1791
  %v25 = srem i32 %v24, 1792
  %v26 = mul i32 %v25, 14
  %v27 = add nsw i32 %v7, %v26
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = add nsw i32 %v1, %v4
  %v30 = icmp slt i32 0, %v29
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v28
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = add nsw i32 %v15, -1
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = add nsw i32 %v0, %v5
  %v35 = icmp slt i32 0, %v34
  br label %v36_entry
v36_entry:
  br i1 %v35, label %v36_load, label %v36_exit
v36_load:
  %v36_yes = load float, float* %v33
  br label %v36_exit
v36_exit:
  %v36 = phi float [%v36_yes, %v36_load], [0.0, %v36_entry]
  %v37 = add nsw i32 %v27, -1
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = and i1 %v35, %v30
  br label %v40_entry
v40_entry:
  br i1 %v39, label %v40_load, label %v40_exit
v40_load:
  %v40_yes = load float, float* %v38
  br label %v40_exit
v40_exit:
  %v40 = phi float [%v40_yes, %v40_load], [0.0, %v40_entry]
  %v41_0 = insertelement <4 x float> poison, float %v40, i32 0
  %v41_1 = insertelement <4 x float> %v41_0, float %v31, i32 1
  %v41_2 = insertelement <4 x float> %v41_1, float %v36, i32 2
  %v41 = insertelement <4 x float> %v41_2, float %v17, i32 3
  %v42 = mul i32 %v1, 112
  %v43 = mul i32 %v4, 56
  %v44 = add nsw i32 %v42, %v43
  %v45 = mul i32 %v2, 25088
  %v46 = mul i32 %v3, 784
  %v47 = add nsw i32 %v45, %v46
  %v48 = add nsw i32 %v44, %v47
  %v49 = shl i32 %v0, 3
  %v50 = shl i32 %v5, 2
  %v51 = add nsw i32 %v49, %v50
  %v52 = add nsw i32 %v48, %v51
  %v53 = getelementptr inbounds float, float* %data0, i32 %v52
  store <4 x float> %v41, <4 x float>* %v53
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }