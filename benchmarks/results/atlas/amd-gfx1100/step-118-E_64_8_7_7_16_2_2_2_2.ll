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
  %v22 = add nsw i32 %v19, -14
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v4, %v10
  %v25 = icmp slt i32 0, %v24
  br label %v26_entry
v26_entry:
  br i1 %v25, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v23
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = add nsw i32 %v19, -13
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = icmp slt i32 %v8, 13
  %v30 = and i1 %v25, %v29
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v28
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = add nsw i32 %v19, 1
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  br label %v34_entry
v34_entry:
  br i1 %v29, label %v34_load, label %v34_exit
v34_load:
  %v34_yes = load float, float* %v33
  br label %v34_exit
v34_exit:
  %v34 = phi float [%v34_yes, %v34_load], [0.0, %v34_entry]
  %v35 = mul i32 %v1, 3136
  %v36 = mul i32 %v3, 196
  %v37 = add nsw i32 %v35, %v36
  %v38 = add nsw i32 %v37, %v12
  %v39 = add nsw i32 %v8, %v38
  %v40 = mul i32 %v2, 100352
  %v41 = add nsw i32 %v39, %v40
  %v42 = getelementptr inbounds float, float* %data0, i32 %v41
  %v43 = add nsw i32 %v41, 25088
  %v44 = getelementptr inbounds float, float* %data0, i32 %v43
  %v45 = add nsw i32 %v41, 50176
  %v46 = getelementptr inbounds float, float* %data0, i32 %v45
  %v47 = add nsw i32 %v41, 75264
  %v48 = getelementptr inbounds float, float* %data0, i32 %v47
  store float %v26, float* %v42
  store float %v31, float* %v44
  store float %v21, float* %v46
  store float %v34, float* %v48
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }