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
  %v28 = shl i32 %v1, 1
  %v29 = add nsw i32 %v3, %v28
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
  %v34 = and i1 %v24, %v30
  br label %v35_entry
v35_entry:
  br i1 %v34, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v33
  br label %v35_exit
v35_exit:
  %v35 = phi float [%v35_yes, %v35_load], [0.0, %v35_entry]
  %v36_0 = insertelement <4 x float> poison, float %v21, i32 0
  %v36_1 = insertelement <4 x float> %v36_0, float %v25, i32 1
  %v36_2 = insertelement <4 x float> %v36_1, float %v31, i32 2
  %v36 = insertelement <4 x float> %v36_2, float %v35, i32 3
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