define amdgpu_kernel void @E_4096_2_8_8_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v4 = mul i32 %v0, 392
  %v5 = mul i32 %v1, 196
  %v6 = add nsw i32 %v4, %v5
  %v7 = mul i32 %v2, 28
  %v8 = add nsw i32 %v6, %v7
  %v9 = shl i32 %v3, 1
  %v10 = add nsw i32 %v8, %v9
  %v11 = add nsw i32 %v10, -15
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = icmp slt i32 0, %v2
  %v14 = icmp slt i32 0, %v3
  %v15 = and i1 %v14, %v13
  br label %v16_entry
v16_entry:
  br i1 %v15, label %v16_load, label %v16_exit
v16_load:
  %v16_yes = load float, float* %v12
  br label %v16_exit
v16_exit:
  %v16 = phi float [%v16_yes, %v16_load], [0.0, %v16_entry]
  %v17 = add nsw i32 %v10, -14
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = icmp slt i32 %v3, 7
  %v20 = and i1 %v19, %v13
  br label %v21_entry
v21_entry:
  br i1 %v20, label %v21_load, label %v21_exit
v21_load:
  %v21_yes = load float, float* %v18
  br label %v21_exit
v21_exit:
  %v21 = phi float [%v21_yes, %v21_load], [0.0, %v21_entry]
  %v22 = add nsw i32 %v10, -1
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = icmp slt i32 %v2, 7
  %v25 = and i1 %v14, %v24
  br label %v26_entry
v26_entry:
  br i1 %v25, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v23
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = getelementptr inbounds float, float* %data1, i32 %v10
  %v28 = and i1 %v19, %v24
  br label %v29_entry
v29_entry:
  br i1 %v28, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load float, float* %v27
  br label %v29_exit
v29_exit:
  %v29 = phi float [%v29_yes, %v29_load], [0.0, %v29_entry]
  %v30 = shl i32 %v0, 9
  %v31 = shl i32 %v1, 8
  %v32 = add nsw i32 %v30, %v31
  %v33 = shl i32 %v2, 3
  %v34 = add nsw i32 %v32, %v33
  %v35 = add nsw i32 %v3, %v34
  %v36 = getelementptr inbounds float, float* %data0, i32 %v35
  %v37 = add nsw i32 %v35, 64
  %v38 = getelementptr inbounds float, float* %data0, i32 %v37
  %v39 = add nsw i32 %v35, 128
  %v40 = getelementptr inbounds float, float* %data0, i32 %v39
  %v41 = add nsw i32 %v35, 192
  %v42 = getelementptr inbounds float, float* %data0, i32 %v41
  store float %v16, float* %v36
  store float %v21, float* %v38
  store float %v26, float* %v40
  store float %v29, float* %v42
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }