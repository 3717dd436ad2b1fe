define amdgpu_kernel void @r_98_32_4_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %reg_0 = alloca [4 x float]
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = getelementptr inbounds float, float* %reg_0, i32 0
  %v3 = getelementptr inbounds float, float* %reg_0, i32 1
  %v4 = getelementptr inbounds float, float* %reg_0, i32 2
  %v5 = getelementptr inbounds float, float* %reg_0, i32 3
  %v6 = shl i32 %v0, 7
  %v7 = shl i32 %v1, 2
  %v8 = add nsw i32 %v6, %v7
  store float 0.0, float* %v2
  store float 0.0, float* %v3
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v13 = phi i32 [ 0, %loop_entry_0 ], [ %v13phi, %loop_footer_0 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 32
  br i1 %v13cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v14 = getelementptr inbounds float, float* %reg_0, i32 0
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %reg_0, i32 1
  %v17 = load float, float* %v16
  %v18 = getelementptr inbounds float, float* %reg_0, i32 2
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %reg_0, i32 3
  %v21 = load float, float* %v20
  %v22 = mul i32 %v13, 50176
  %v23 = add nsw i32 %v8, %v22
  %v24 = add nsw i32 %v23, 12544
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load <4 x float>, <4 x float>* %v25
  %v27 = add nsw i32 %v23, 25088
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load <4 x float>, <4 x float>* %v28
  %v30 = add nsw i32 %v23, 37632
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  %v32 = load <4 x float>, <4 x float>* %v31
  %v33 = getelementptr inbounds float, float* %data1, i32 %v23
  %v34 = load <4 x float>, <4 x float>* %v33
  %v35 = extractelement <4 x float> %v26, i32 0
  %v36 = extractelement <4 x float> %v26, i32 1
  %v37 = extractelement <4 x float> %v26, i32 2
  %v38 = extractelement <4 x float> %v26, i32 3
  %v39 = extractelement <4 x float> %v29, i32 0
  %v40 = extractelement <4 x float> %v29, i32 1
  %v41 = extractelement <4 x float> %v29, i32 2
  %v42 = extractelement <4 x float> %v29, i32 3
  %v43 = extractelement <4 x float> %v32, i32 0
  %v44 = extractelement <4 x float> %v32, i32 1
  %v45 = extractelement <4 x float> %v32, i32 2
  %v46 = extractelement <4 x float> %v32, i32 3
  %v47 = extractelement <4 x float> %v34, i32 0
  %v48 = extractelement <4 x float> %v34, i32 1
  %v49 = extractelement <4 x float> %v34, i32 2
  %v50 = extractelement <4 x float> %v34, i32 3
  %v51 = fadd nsz arcp contract afn float %v47, %v35
  %v52 = fadd nsz arcp contract afn float %v48, %v36
  %v53 = fadd nsz arcp contract afn float %v49, %v37
  %v54 = fadd nsz arcp contract afn float %v50, %v38
  %v55 = fadd nsz arcp contract afn float %v51, %v39
  %v56 = fadd nsz arcp contract afn float %v55, %v43
  %v57 = fadd nsz arcp contract afn float %v15, %v56
  %v58 = fadd nsz arcp contract afn float %v52, %v40
  %v59 = fadd nsz arcp contract afn float %v58, %v44
  %v60 = fadd nsz arcp contract afn float %v17, %v59
  %v61 = fadd nsz arcp contract afn float %v53, %v41
  %v62 = fadd nsz arcp contract afn float %v61, %v45
  %v63 = fadd nsz arcp contract afn float %v19, %v62
  %v64 = fadd nsz arcp contract afn float %v54, %v42
  %v65 = fadd nsz arcp contract afn float %v64, %v46
  %v66 = fadd nsz arcp contract afn float %v21, %v65
  store float %v57, float* %v14
  store float %v60, float* %v16
  store float %v63, float* %v18
  store float %v66, float* %v20
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v72 = getelementptr inbounds float, float* %reg_0, i32 0
  %v73 = load float, float* %v72
  %v74 = getelementptr inbounds float, float* %reg_0, i32 1
  %v75 = load float, float* %v74
  %v76 = getelementptr inbounds float, float* %reg_0, i32 2
  %v77 = load float, float* %v76
  %v78 = getelementptr inbounds float, float* %reg_0, i32 3
  %v79 = load float, float* %v78
  %v80 = fmul nsz arcp contract afn float %v73, 0.0078125
  %v81 = fmul nsz arcp contract afn float %v75, 0.0078125
  %v82 = fmul nsz arcp contract afn float %v77, 0.0078125
  %v83 = fmul nsz arcp contract afn float %v79, 0.0078125
  %v84_0 = insertelement <4 x float> poison, float %v80, i32 0
  %v84_1 = insertelement <4 x float> %v84_0, float %v81, i32 1
  %v84_2 = insertelement <4 x float> %v84_1, float %v82, i32 2
  %v84 = insertelement <4 x float> %v84_2, float %v83, i32 3
  %v85 = getelementptr inbounds float, float* %data0, i32 %v8
  store <4 x float> %v84, <4 x float>* %v85
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }