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
  %v22 = add nsw i32 %v19, -15
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v4, %v10
  %v25 = add nsw i32 %v5, %v6
  %v26 = icmp slt i32 0, %v24
  %v27 = icmp slt i32 0, %v25
  %v28 = and i1 %v26, %v27
  br label %v29_entry
v29_entry:
  br i1 %v28, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load float, float* %v23
  br label %v29_exit
v29_exit:
  %v29 = phi float [%v29_yes, %v29_load], [0.0, %v29_entry]
  %v30 = add nsw i32 %v19, -14
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  br label %v32_entry
v32_entry:
  br i1 %v26, label %v32_load, label %v32_exit
v32_load:
  %v32_yes = load float, float* %v31
  br label %v32_exit
v32_exit:
  %v32 = phi float [%v32_yes, %v32_load], [0.0, %v32_entry]
  %v33 = add nsw i32 %v19, -1
  %v34 = getelementptr inbounds float, float* %data1, i32 %v33
  br label %v35_entry
v35_entry:
  br i1 %v27, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v34
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
  store float %v29, float* %v43
  store float %v32, float* %v45
  store float %v35, float* %v47
  store float %v21, float* %v49
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }