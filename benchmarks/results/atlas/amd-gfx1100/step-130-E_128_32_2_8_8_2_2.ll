define amdgpu_kernel void @E_128_32_2_8_8_2_2(float* noalias align 32 %data0, i1* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.z(); 
  %v5 = mul i32 %v0, 392
  %v6 = mul i32 %v2, 196
  %v7 = add nsw i32 %v5, %v6
  %v8 = mul i32 %v3, 28
  %v9 = shl i32 %v4, 1
  %v10 = add nsw i32 %v8, %v9
  %v11 = add nsw i32 %v7, %v10
  %v12 = mul i32 %v1, 12544
  %v13 = add nsw i32 %v11, %v12
  %v14 = add nsw i32 %v13, -15
  %v15 = getelementptr inbounds i1, i1* %data1, i32 %v14
  %v16 = icmp slt i32 0, %v3
  %v17 = icmp slt i32 0, %v4
  %v18 = and i1 %v16, %v17
  br label %v19_entry
v19_entry:
  br i1 %v18, label %v19_load, label %v19_exit
v19_load:
  %v19_yes = load i1, i1* %v15
  br label %v19_exit
v19_exit:
  %v19 = phi i1 [%v19_yes, %v19_load], [0, %v19_entry]
  %v20 = add nsw i32 %v13, -14
  %v21 = getelementptr inbounds i1, i1* %data1, i32 %v20
  %v22 = icmp slt i32 %v4, 7
  %v23 = and i1 %v16, %v22
  br label %v24_entry
v24_entry:
  br i1 %v23, label %v24_load, label %v24_exit
v24_load:
  %v24_yes = load i1, i1* %v21
  br label %v24_exit
v24_exit:
  %v24 = phi i1 [%v24_yes, %v24_load], [0, %v24_entry]
  %v25 = add nsw i32 %v13, -1
  %v26 = getelementptr inbounds i1, i1* %data1, i32 %v25
  %v27 = icmp slt i32 %v3, 7
  %v28 = and i1 %v27, %v17
  br label %v29_entry
v29_entry:
  br i1 %v28, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load i1, i1* %v26
  br label %v29_exit
v29_exit:
  %v29 = phi i1 [%v29_yes, %v29_load], [0, %v29_entry]
  %v30 = getelementptr inbounds i1, i1* %data1, i32 %v13
  %v31 = and i1 %v27, %v22
  br label %v32_entry
v32_entry:
  br i1 %v31, label %v32_load, label %v32_exit
v32_load:
  %v32_yes = load i1, i1* %v30
  br label %v32_exit
v32_exit:
  %v32 = phi i1 [%v32_yes, %v32_load], [0, %v32_entry]
  %v33 = shl i32 %v0, 1
  %v34 = add nsw i32 %v2, %v33
  %v35 = mul i32 %v3, 1792
  %v36 = shl i32 %v4, 7
  %v37 = add nsw i32 %v35, %v36
  %v38 = add nsw i32 %v37, %v12
  %v39 = add nsw i32 %v34, %v38
  %v40 = getelementptr inbounds float, float* %data2, i32 %v39
  br label %v41_entry
v41_entry:
  br i1 %v31, label %v41_load, label %v41_exit
v41_load:
  %v41_yes = load float, float* %v40
  br label %v41_exit
v41_exit:
  %v41 = phi float [%v41_yes, %v41_load], [0.0, %v41_entry]
  %v42 = add nsw i32 %v39, -960
  %v43 = getelementptr inbounds float, float* %data2, i32 %v42
  br label %v44_entry
v44_entry:
  br i1 %v18, label %v44_load, label %v44_exit
v44_load:
  %v44_yes = load float, float* %v43
  br label %v44_exit
v44_exit:
  %v44 = phi float [%v44_yes, %v44_load], [0.0, %v44_entry]
  %v45 = add nsw i32 %v39, -896
  %v46 = getelementptr inbounds float, float* %data2, i32 %v45
  br label %v47_entry
v47_entry:
  br i1 %v23, label %v47_load, label %v47_exit
v47_load:
  %v47_yes = load float, float* %v46
  br label %v47_exit
v47_exit:
  %v47 = phi float [%v47_yes, %v47_load], [0.0, %v47_entry]
  %v48 = add nsw i32 %v39, -64
  %v49 = getelementptr inbounds float, float* %data2, i32 %v48
  br label %v50_entry
v50_entry:
  br i1 %v28, label %v50_load, label %v50_exit
v50_load:
  %v50_yes = load float, float* %v49
  br label %v50_exit
v50_exit:
  %v50 = phi float [%v50_yes, %v50_load], [0.0, %v50_entry]
  %v51 = getelementptr inbounds float, float* %data3, i32 %v34
  %v52 = load float, float* %v51
  %v53 = shl i32 %v3, 3
  %v54 = add nsw i32 %v4, %v53
  %v55 = shl i32 %v0, 9
  %v56 = shl i32 %v2, 8
  %v57 = add nsw i32 %v55, %v56
  %v58 = add nsw i32 %v54, %v57
  %v59 = shl i32 %v1, 14
  %v60 = add nsw i32 %v58, %v59
  %v61 = getelementptr inbounds float, float* %data0, i32 %v60
  %v62 = add nsw i32 %v60, 64
  %v63 = getelementptr inbounds float, float* %data0, i32 %v62
  %v64 = add nsw i32 %v60, 128
  %v65 = getelementptr inbounds float, float* %data0, i32 %v64
  %v66 = add nsw i32 %v60, 192
  %v67 = getelementptr inbounds float, float* %data0, i32 %v66
  %v68 = fadd nsz arcp contract afn float %v41, %v52
  %v69 = fadd nsz arcp contract afn float %v44, %v52
  %v70 = fadd nsz arcp contract afn float %v47, %v52
  %v71 = fadd nsz arcp contract afn float %v50, %v52
  %v72 = fmul nsz arcp contract afn float 0.20000000298023224, %v68
  %v73 = fmul nsz arcp contract afn float 0.20000000298023224, %v69
  %v74 = fmul nsz arcp contract afn float 0.20000000298023224, %v70
  %v75 = fmul nsz arcp contract afn float 0.20000000298023224, %v71
  %v76 = fcmp nsz arcp contract afn olt float %v69, 0.0
  %v77 = select i1 %v76, float %v73, float %v69
  %v78 = select i1 %v19, float %v77, float 0.0
  %v79 = fmul nsz arcp contract afn float %v78, 1.4285714626312256
  %v80 = fcmp nsz arcp contract afn olt float %v70, 0.0
  %v81 = select i1 %v80, float %v74, float %v70
  %v82 = select i1 %v24, float %v81, float 0.0
  %v83 = fmul nsz arcp contract afn float %v82, 1.4285714626312256
  %v84 = fcmp nsz arcp contract afn olt float %v71, 0.0
  %v85 = select i1 %v84, float %v75, float %v71
  %v86 = select i1 %v29, float %v85, float 0.0
  %v87 = fmul nsz arcp contract afn float %v86, 1.4285714626312256
  %v88 = fcmp nsz arcp contract afn olt float %v68, 0.0
  %v89 = select i1 %v88, float %v72, float %v68
  %v90 = select i1 %v32, float %v89, float 0.0
  %v91 = fmul nsz arcp contract afn float %v90, 1.4285714626312256
  %v92 = select i1 %v31, float %v91, float 0.0
  %v93 = select i1 %v28, float %v87, float 0.0
  %v94 = select i1 %v23, float %v83, float 0.0
  %v95 = select i1 %v18, float %v79, float 0.0
  store float %v95, float* %v61
  store float %v94, float* %v63
  store float %v93, float* %v65
  store float %v92, float* %v67
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }