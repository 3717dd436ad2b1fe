define amdgpu_kernel void @E_64_15_5_4_2_3_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = srem i32 %v0, 5
  %v7 = mul i32 %v6, 3
  %v8 = add nsw i32 %v4, %v7
  %v9 = mul i32 %v1, 14
  %v10 = add nsw i32 %v8, %v9
  %v11 = mul i32 %v5, 196
  %v12 = sdiv i32 %v0, 5
  %v13 = mul i32 %v12, 3136
  %v14 = add nsw i32 %v11, %v13
  %v15 = add nsw i32 %v10, %v14
  %v16 = mul i32 %v2, 25088
  %v17 = mul i32 %v3, 12544
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v15, %v18
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = icmp slt i32 %v1, 14
  %v22 = icmp slt i32 %v8, 14
  %v23 = and i1 %v22, %v21
  br label %v24_entry
v24_entry:
  br i1 %v23, label %v24_load, label %v24_exit
v24_load:
  %v24_yes = load float, float* %v20
  br label %v24_exit
v24_exit:
  %v24 = phi float [%v24_yes, %v24_load], [0.0, %v24_entry]
  %v25 = add nsw i32 %v19, -15
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = add nsw i32 %v4, %v6
  %v28 = icmp slt i32 0, %v1
  %v29 = icmp slt i32 0, %v27
  %v30 = and i1 %v29, %v28
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v26
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = add nsw i32 %v19, -14
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = and i1 %v22, %v28
  br label %v35_entry
v35_entry:
  br i1 %v34, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v33
  br label %v35_exit
v35_exit:
  %v35 = phi float [%v35_yes, %v35_load], [0.0, %v35_entry]
  %v36 = add nsw i32 %v19, -1
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  %v38 = and i1 %v29, %v21
  br label %v39_entry
v39_entry:
  br i1 %v38, label %v39_load, label %v39_exit
v39_load:
  %v39_yes = load float, float* %v37
  br label %v39_exit
v39_exit:
  %v39 = phi float [%v39_yes, %v39_load], [0.0, %v39_entry]
  %v40_0 = insertelement <4 x float> poison, float %v31, i32 0
  %v40_1 = insertelement <4 x float> %v40_0, float %v35, i32 1
  %v40_2 = insertelement <4 x float> %v40_1, float %v39, i32 2
  %v40 = insertelement <4 x float> %v40_2, float %v24, i32 3
  %v41 = mul i32 %v2, 115200
  %v42 = mul i32 %v3, 57600
  %v43 = add nsw i32 %v41, %v42
  %v44 = mul i32 %v1, 3840
  %v45 = add nsw i32 %v43, %v44
  %v46 = mul i32 %v6, 768
  %v47 = shl i32 %v4, 8
  %v48 = add nsw i32 %v47, %v46
  %v49 = add nsw i32 %v45, %v48
  %v50 = shl i32 %v5, 2
  %v51 = shl i32 %v12, 6
  %v52 = add nsw i32 %v50, %v51
  %v53 = add nsw i32 %v49, %v52
  %v54 = getelementptr inbounds float, float* %data0, i32 %v53
  store <4 x float> %v40, <4 x float>* %v54
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,96" "no-trapping-math"="true" }