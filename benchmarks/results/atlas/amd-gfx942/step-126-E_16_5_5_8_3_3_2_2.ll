define amdgpu_kernel void @E_16_5_5_8_3_3_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v6 = mul i32 %v0, 6
  %v7 = shl i32 %v5, 1
  %v8 = add nsw i32 %v6, %v7
  %v9 = mul i32 %v1, 168
  %v10 = mul i32 %v4, 56
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v8, %v11
  %v13 = mul i32 %v2, 6272
  %v14 = mul i32 %v3, 784
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v12, %v15
  %v17 = add nsw i32 %v16, -29
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = add nsw i32 %v0, %v5
  %v20 = add nsw i32 %v1, %v4
  %v21 = icmp slt i32 0, %v19
  %v22 = icmp slt i32 0, %v20
  %v23 = and i1 %v21, %v22
  br label %v24_entry
v24_entry:
  br i1 %v23, label %v24_load, label %v24_exit
v24_load:
  %v24_yes = load float, float* %v18
  br label %v24_exit
v24_exit:
  %v24 = phi float [%v24_yes, %v24_load], [0.0, %v24_entry]
  %v25 = add nsw i32 %v16, -28
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = mul i32 %v0, 3
  %v28 = add nsw i32 %v5, %v27
  %v29 = icmp slt i32 %v28, 14
  %v30 = and i1 %v29, %v22
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v26
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = add nsw i32 %v16, -1
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = mul i32 %v1, 3
  %v35 = add nsw i32 %v4, %v34
  %v36 = icmp slt i32 %v35, 14
  %v37 = and i1 %v21, %v36
  br label %v38_entry
v38_entry:
  br i1 %v37, label %v38_load, label %v38_exit
v38_load:
  %v38_yes = load float, float* %v33
  br label %v38_exit
v38_exit:
  %v38 = phi float [%v38_yes, %v38_load], [0.0, %v38_entry]
  %v39 = getelementptr inbounds float, float* %data1, i32 %v16
  %v40 = and i1 %v29, %v36
  br label %v41_entry
v41_entry:
  br i1 %v40, label %v41_load, label %v41_exit
v41_load:
  %v41_yes = load float, float* %v39
  br label %v41_exit
v41_exit:
  %v41 = phi float [%v41_yes, %v41_load], [0.0, %v41_entry]
  %v42 = mul i32 %v1, 45
  %v43 = mul i32 %v4, 15
  %v44 = add nsw i32 %v42, %v43
  %v45 = add nsw i32 %v28, %v44
  %v46 = mul i32 %v2, 7200
  %v47 = mul i32 %v3, 900
  %v48 = add nsw i32 %v46, %v47
  %v49 = add nsw i32 %v45, %v48
  %v50 = getelementptr inbounds float, float* %data0, i32 %v49
  %v51 = add nsw i32 %v49, 225
  %v52 = getelementptr inbounds float, float* %data0, i32 %v51
  %v53 = add nsw i32 %v49, 450
  %v54 = getelementptr inbounds float, float* %data0, i32 %v53
  %v55 = add nsw i32 %v49, 675
  %v56 = getelementptr inbounds float, float* %data0, i32 %v55
  %v57 = fadd nsz arcp contract afn float 1.0, %v24
  %v58 = fadd nsz arcp contract afn float 1.0, %v31
  %v59 = fadd nsz arcp contract afn float 1.0, %v38
  %v60 = fadd nsz arcp contract afn float 1.0, %v41
  %v61 = fdiv nsz arcp contract afn float 2.0, %v57
  %v62 = fadd nsz arcp contract afn float %v61, -1.0
  %v63 = fdiv nsz arcp contract afn float 2.0, %v58
  %v64 = fadd nsz arcp contract afn float %v63, -1.0
  %v65 = fdiv nsz arcp contract afn float 2.0, %v59
  %v66 = fadd nsz arcp contract afn float %v65, -1.0
  %v67 = fdiv nsz arcp contract afn float 2.0, %v60
  %v68 = fadd nsz arcp contract afn float %v67, -1.0
  %v69 = and i1 %v22, %v21
  %v70 = and i1 %v22, %v29
  %v71 = and i1 %v36, %v21
  %v72 = and i1 %v36, %v29
  %v73 = select i1 %v69, float %v62, float 0.0
  %v74 = select i1 %v70, float %v64, float 0.0
  %v75 = select i1 %v71, float %v66, float 0.0
  %v76 = select i1 %v72, float %v68, float 0.0
  store float %v73, float* %v50
  store float %v74, float* %v52
  store float %v75, float* %v54
  store float %v76, float* %v56
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,72" "no-trapping-math"="true" }