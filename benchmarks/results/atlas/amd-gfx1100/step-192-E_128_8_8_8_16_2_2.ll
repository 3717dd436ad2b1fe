define amdgpu_kernel void @E_128_8_8_8_16_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v1, 7
  %v6 = add nsw i32 %v3, %v5
  %v7 = mul i32 %v0, 784
  %v8 = mul i32 %v4, 49
  %v9 = add nsw i32 %v7, %v8
  %v10 = add nsw i32 %v6, %v9
  %v11 = mul i32 %v2, 6272
  %v12 = add nsw i32 %v10, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = icmp slt i32 %v1, 7
  %v15 = icmp slt i32 %v3, 7
  %v16 = and i1 %v15, %v14
  br label %v17_entry
v17_entry:
  br i1 %v16, label %v17_load, label %v17_exit
v17_load:
  %v17_yes = load float, float* %v13
  br label %v17_exit
v17_exit:
  %v17 = phi float [%v17_yes, %v17_load], [0.0, %v17_entry]
  %v18 = add nsw i32 %v12, -8
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = icmp slt i32 0, %v1
  %v21 = icmp slt i32 0, %v3
  %v22 = and i1 %v21, %v20
  br label %v23_entry
v23_entry:
  br i1 %v22, label %v23_load, label %v23_exit
v23_load:
  %v23_yes = load float, float* %v19
  br label %v23_exit
v23_exit:
  %v23 = phi float [%v23_yes, %v23_load], [0.0, %v23_entry]
  %v24 = add nsw i32 %v12, -7
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = and i1 %v15, %v20
  br label %v27_entry
v27_entry:
  br i1 %v26, label %v27_load, label %v27_exit
v27_load:
  %v27_yes = load float, float* %v25
  br label %v27_exit
v27_exit:
  %v27 = phi float [%v27_yes, %v27_load], [0.0, %v27_entry]
  %v28 = add nsw i32 %v12, -1
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = and i1 %v21, %v14
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v29
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32_0 = insertelement <4 x float> poison, float %v23, i32 0
  %v32_1 = insertelement <4 x float> %v32_0, float %v27, i32 1
  %v32_2 = insertelement <4 x float> %v32_1, float %v31, i32 2
  %v32 = insertelement <4 x float> %v32_2, float %v17, i32 3
  %v33 = shl i32 %v1, 12
  %v34 = shl i32 %v2, 15
  %v35 = add nsw i32 %v33, %v34
  %v36 = shl i32 %v3, 9
  %v37 = add nsw i32 %v35, %v36
  %v38 = shl i32 %v0, 6
  %v39 = shl i32 %v4, 2
  %v40 = add nsw i32 %v38, %v39
  %v41 = add nsw i32 %v37, %v40
  %v42 = getelementptr inbounds float, float* %data0, i32 %v41
  store <4 x float> %v32, <4 x float>* %v42
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }