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
  %v22 = add nsw i32 %v19, -14
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = add nsw i32 %v1, %v3
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
  %v30 = and i1 %v29, %v25
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
  %v35_0 = insertelement <4 x float> poison, float %v26, i32 0
  %v35_1 = insertelement <4 x float> %v35_0, float %v31, i32 1
  %v35_2 = insertelement <4 x float> %v35_1, float %v21, i32 2
  %v35 = insertelement <4 x float> %v35_2, float %v34, i32 3
  %v36 = mul i32 %v1, 7168
  %v37 = mul i32 %v3, 3584
  %v38 = add nsw i32 %v36, %v37
  %v39 = mul i32 %v2, 50176
  %v40 = add nsw i32 %v38, %v39
  %v41 = shl i32 %v4, 8
  %v42 = shl i32 %v6, 9
  %v43 = add nsw i32 %v41, %v42
  %v44 = add nsw i32 %v40, %v43
  %v45 = shl i32 %v5, 2
  %v46 = shl i32 %v14, 6
  %v47 = add nsw i32 %v45, %v46
  %v48 = add nsw i32 %v44, %v47
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  store <4 x float> %v35, <4 x float>* %v49
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,64" "no-trapping-math"="true" }