define amdgpu_kernel void @E_64_8_7_7_16_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = sdiv i32 %v0, 7
  %v7 = shl i32 %v6, 1
  %v8 = add nsw i32 %v5, %v7
  %v9 = mul i32 %v4, 14
  %v10 = srem i32 %v0, 7
  %v11 = mul i32 %v10, 28
  %v12 = add nsw i32 %v9, %v11
  %v13 = add nsw i32 %v8, %v12
  %v14 = mul i32 %v2, 196
  %v15 = add nsw i32 %v13, %v14
  %v16 = mul i32 %v1, 200704
  %v17 = mul i32 %v3, 12544
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v15, %v18
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v19, -1
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v5, %v6
  %v25 = icmp slt i32 0, %v24
  br label %v26_entry
v26_entry:
  br i1 %v25, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v23
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = add nsw i32 %v19, 13
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = shl i32 %v10, 1
  %v30 = add nsw i32 %v4, %v29
  %v31 = icmp slt i32 %v30, 13
  %v32 = and i1 %v31, %v25
  br label %v33_entry
v33_entry:
  br i1 %v32, label %v33_load, label %v33_exit
v33_load:
  %v33_yes = load float, float* %v28
  br label %v33_exit
v33_exit:
  %v33 = phi float [%v33_yes, %v33_load], [0.0, %v33_entry]
  %v34 = add nsw i32 %v19, 14
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  br label %v36_entry
v36_entry:
  br i1 %v31, label %v36_load, label %v36_exit
v36_load:
  %v36_yes = load float, float* %v35
  br label %v36_exit
v36_exit:
  %v36 = phi float [%v36_yes, %v36_load], [0.0, %v36_entry]
  %v37 = mul i32 %v1, 3136
  %v38 = mul i32 %v3, 196
  %v39 = add nsw i32 %v37, %v38
  %v40 = add nsw i32 %v39, %v12
  %v41 = add nsw i32 %v8, %v40
  %v42 = mul i32 %v2, 100352
  %v43 = add nsw i32 %v41, %v42
  %v44 = getelementptr inbounds float, float* %data0, i32 %v43
  %v45 = add nsw i32 %v43, 25088
  %v46 = getelementptr inbounds float, float* %data0, i32 %v45
  %v47 = add nsw i32 %v43, 50176
  %v48 = getelementptr inbounds float, float* %data0, i32 %v47
  %v49 = add nsw i32 %v43, 75264
  %v50 = getelementptr inbounds float, float* %data0, i32 %v49
  store float %v26, float* %v44
  store float %v21, float* %v46
  store float %v33, float* %v48
  store float %v36, float* %v50
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }