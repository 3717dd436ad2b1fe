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
  %v22 = add nsw i32 %v19, 1
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = icmp slt i32 %v8, 13
  br label %v25_entry
v25_entry:
  br i1 %v24, label %v25_load, label %v25_exit
v25_load:
  %v25_yes = load float, float* %v23
  br label %v25_exit
v25_exit:
  %v25 = phi float [%v25_yes, %v25_load], [0.0, %v25_entry]
  %v26 = add nsw i32 %v19, 14
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = shl i32 %v10, 1
  %v29 = add nsw i32 %v4, %v28
  %v30 = icmp slt i32 %v29, 13
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v27
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = add nsw i32 %v19, 15
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = and i1 %v30, %v24
  br label %v35_entry
v35_entry:
  br i1 %v34, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v33
  br label %v35_exit
v35_exit:
  %v35 = phi float [%v35_yes, %v35_load], [0.0, %v35_entry]
  %v36 = mul i32 %v1, 3136
  %v37 = mul i32 %v3, 196
  %v38 = add nsw i32 %v36, %v37
  %v39 = add nsw i32 %v38, %v12
  %v40 = add nsw i32 %v8, %v39
  %v41 = mul i32 %v2, 100352
  %v42 = add nsw i32 %v40, %v41
  %v43 = getelementptr inbounds float, float* %data0, i32 %v42
  %v44 = add nsw i32 %v42, 25088
  %v45 = getelementptr inbounds float, float* %data0, i32 %v44
  %v46 = add nsw i32 %v42, 50176
  %v47 = getelementptr inbounds float, float* %data0, i32 %v46
  %v48 = add nsw i32 %v42, 75264
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  store float %v21, float* %v43
  store float %v25, float* %v45
  store float %v31, float* %v47
  store float %v35, float* %v49
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }