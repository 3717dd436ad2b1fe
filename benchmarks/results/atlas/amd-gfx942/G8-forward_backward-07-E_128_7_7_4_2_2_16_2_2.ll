define amdgpu_kernel void @E_128_7_7_4_2_2_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = srem i32 %v0, 7
  %v7 = shl i32 %v6, 1
  %v8 = add nsw i32 %v4, %v7
  %v9 = mul i32 %v1, 28
  %v10 = mul i32 %v3, 14
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = mul i32 %v5, 196
  %v14 = sdiv i32 %v0, 7
  %v15 = mul i32 %v14, 3136
  %v16 = add nsw i32 %v13, %v15
  %v17 = add nsw i32 %v12, %v16
  %v18 = mul i32 %v2, 12544
  %v19 = add nsw i32 %v17, %v18
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v19, -15
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v1, %v3
  %v25 = add nsw i32 %v4, %v6
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
  %v36_0 = insertelement <4 x float> poison, float %v29, i32 0
  %v36_1 = insertelement <4 x float> %v36_0, float %v32, i32 1
  %v36_2 = insertelement <4 x float> %v36_1, float %v35, i32 2
  %v36 = insertelement <4 x float> %v36_2, float %v21, i32 3
  %v37 = mul i32 %v1, 7168
  %v38 = mul i32 %v3, 3584
  %v39 = add nsw i32 %v37, %v38
  %v40 = mul i32 %v2, 50176
  %v41 = add nsw i32 %v39, %v40
  %v42 = shl i32 %v4, 8
  %v43 = shl i32 %v6, 9
  %v44 = add nsw i32 %v42, %v43
  %v45 = add nsw i32 %v41, %v44
  %v46 = shl i32 %v5, 2
  %v47 = shl i32 %v14, 6
  %v48 = add nsw i32 %v46, %v47
  %v49 = add nsw i32 %v45, %v48
  %v50 = getelementptr inbounds float, float* %data0, i32 %v49
  store <4 x float> %v36, <4 x float>* %v50
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }