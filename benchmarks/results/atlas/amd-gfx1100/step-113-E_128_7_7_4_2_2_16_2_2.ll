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
  %v22 = add nsw i32 %v19, -1
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v4, %v6
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
  %v29 = shl i32 %v1, 1
  %v30 = add nsw i32 %v3, %v29
  %v31 = icmp slt i32 %v30, 13
  %v32 = and i1 %v25, %v31
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
  %v37_0 = insertelement <4 x float> poison, float %v26, i32 0
  %v37_1 = insertelement <4 x float> %v37_0, float %v21, i32 1
  %v37_2 = insertelement <4 x float> %v37_1, float %v33, i32 2
  %v37 = insertelement <4 x float> %v37_2, float %v36, i32 3
  %v38 = mul i32 %v1, 7168
  %v39 = mul i32 %v3, 3584
  %v40 = add nsw i32 %v38, %v39
  %v41 = mul i32 %v2, 50176
  %v42 = add nsw i32 %v40, %v41
  %v43 = shl i32 %v4, 8
  %v44 = shl i32 %v6, 9
  %v45 = add nsw i32 %v43, %v44
  %v46 = add nsw i32 %v42, %v45
  %v47 = shl i32 %v5, 2
  %v48 = shl i32 %v14, 6
  %v49 = add nsw i32 %v47, %v48
  %v50 = add nsw i32 %v46, %v49
  %v51 = getelementptr inbounds float, float* %data0, i32 %v50
  store <4 x float> %v37, <4 x float>* %v51
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }