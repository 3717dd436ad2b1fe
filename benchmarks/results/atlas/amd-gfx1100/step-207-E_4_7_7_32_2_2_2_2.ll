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
  %v18 = add nsw i32 %v15, -1
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = add nsw i32 %v0, %v5
  %v21 = icmp slt i32 0, %v20
  br label %v22_entry
v22_entry:
  br i1 %v21, label %v22_load, label %v22_exit
v22_load:
  %v22_yes = load float, float* %v19
  br label %v22_exit
v22_exit:
  %v22 = phi float [%v22_yes, %v22_load], [0.0, %v22_entry]
  %v23 = add nsw i32 %v15, 13
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = shl i32 %v1, 1
  %v26 = add nsw i32 %v4, %v25
  %v27 = icmp slt i32 %v26, 13
  %v28 = and i1 %v21, %v27
  br label %v29_entry
v29_entry:
  br i1 %v28, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load float, float* %v24
  br label %v29_exit
v29_exit:
  %v29 = phi float [%v29_yes, %v29_load], [0.0, %v29_entry]
  %v30 = add nsw i32 %v15, 14
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  br label %v32_entry
v32_entry:
  br i1 %v27, label %v32_load, label %v32_exit
v32_load:
  %v32_yes = load float, float* %v31
  br label %v32_exit
v32_exit:
  %v32 = phi float [%v32_yes, %v32_load], [0.0, %v32_entry]
  %v33_0 = insertelement <4 x float> poison, float %v22, i32 0
  %v33_1 = insertelement <4 x float> %v33_0, float %v17, i32 1
  %v33_2 = insertelement <4 x float> %v33_1, float %v29, i32 2
  %v33 = insertelement <4 x float> %v33_2, float %v32, i32 3
  %v34 = mul i32 %v1, 112
  %v35 = mul i32 %v4, 56
  %v36 = add nsw i32 %v34, %v35
  %v37 = mul i32 %v2, 25088
  %v38 = mul i32 %v3, 784
  %v39 = add nsw i32 %v37, %v38
  %v40 = add nsw i32 %v36, %v39
  %v41 = shl i32 %v0, 3
  %v42 = shl i32 %v5, 2
  %v43 = add nsw i32 %v41, %v42
  %v44 = add nsw i32 %v40, %v43
  %v45 = getelementptr inbounds float, float* %data0, i32 %v44
  store <4 x float> %v33, <4 x float>* %v45
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }