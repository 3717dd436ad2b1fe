@local_0 = internal unnamed_addr addrspace(3) global [128 x float] undef, align 16
define amdgpu_kernel void @r_392_8_4_4_16(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [4 x float]
  %reg_1 = alloca [4 x float]
  %local_0 = addrspacecast [128 x float] addrspace(3)* @local_0 to [128 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = getelementptr inbounds float, float* %reg_0, i32 1
  %v5 = getelementptr inbounds float, float* %reg_0, i32 2
  %v6 = getelementptr inbounds float, float* %reg_0, i32 3
  %v7 = shl i32 %v0, 4
  %v8 = add nsw i32 %v2, %v7
  %v9 = mul i32 %v1, 6272
  store float 0.0, float* %v3
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v14 = phi i32 [ 0, %loop_entry_0 ], [ %v14phi, %loop_footer_0 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 16
  br i1 %v14cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v15 = shl i32 %v14, 3
  %v16 = add nsw i32 %v1, %v15
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load float, float* %v17
  %v19 = mul i32 %v14, 50176
  %v20 = add nsw i32 %v9, %v19
  %v21 = add nsw i32 %v8, %v20
  %v22 = getelementptr inbounds float, float* %data2, i32 %v21
  %v23 = load float, float* %v22
  %v24 = add nsw i32 %v21, 4
  %v25 = getelementptr inbounds float, float* %data2, i32 %v24
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v21, 8
  %v28 = getelementptr inbounds float, float* %data2, i32 %v27
  %v29 = load float, float* %v28
  %v30 = add nsw i32 %v21, 12
  %v31 = getelementptr inbounds float, float* %data2, i32 %v30
  %v32 = load float, float* %v31
  %v33 = getelementptr inbounds float, float* %reg_0, i32 0
  %v34 = load float, float* %v33
  %v35 = getelementptr inbounds float, float* %reg_0, i32 1
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %reg_0, i32 2
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_0, i32 3
  %v40 = load float, float* %v39
  %v41 = fmul nsz arcp contract afn float %v18, %v23
  %v42 = fadd nsz arcp contract afn float %v34, %v41
  %v43 = fmul nsz arcp contract afn float %v18, %v26
  %v44 = fadd nsz arcp contract afn float %v36, %v43
  %v45 = fmul nsz arcp contract afn float %v18, %v29
  %v46 = fadd nsz arcp contract afn float %v38, %v45
  %v47 = fmul nsz arcp contract afn float %v18, %v32
  %v48 = fadd nsz arcp contract afn float %v40, %v47
  store float %v42, float* %v33
  store float %v44, float* %v35
  store float %v46, float* %v37
  store float %v48, float* %v39
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v54 = getelementptr inbounds float, float* %reg_0, i32 0
  %v55 = load float, float* %v54
  %v56 = getelementptr inbounds float, float* %reg_0, i32 1
  %v57 = load float, float* %v56
  %v58 = getelementptr inbounds float, float* %reg_0, i32 2
  %v59 = load float, float* %v58
  %v60 = getelementptr inbounds float, float* %reg_0, i32 3
  %v61 = load float, float* %v60
  %v62_0 = insertelement <4 x float> poison, float %v55, i32 0
  %v62_1 = insertelement <4 x float> %v62_0, float %v57, i32 1
  %v62_2 = insertelement <4 x float> %v62_1, float %v59, i32 2
  %v62 = insertelement <4 x float> %v62_2, float %v61, i32 3
  %v63 = shl i32 %v1, 2
  %v64 = shl i32 %v2, 5
  %v65 = add nsw i32 %v63, %v64
  %v66 = getelementptr inbounds float, float* %local_0, i32 %v65
  store <4 x float> %v62, <4 x float>* %v66
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v69 = getelementptr inbounds float, float* %reg_1, i32 0
  %v70 = getelementptr inbounds float, float* %reg_1, i32 1
  %v71 = getelementptr inbounds float, float* %reg_1, i32 2
  %v72 = getelementptr inbounds float, float* %reg_1, i32 3
  store float 0.0, float* %v69
  store float 0.0, float* %v70
  store float 0.0, float* %v71
  store float 0.0, float* %v72
  br label %loop_entry_102
loop_entry_102:
  br label %loop_latch_102
loop_latch_102:
  %v77 = phi i32 [ 0, %loop_entry_102 ], [ %v77phi, %loop_footer_102 ]
  %v77phi = add i32 %v77, 1
  %v77cmp = icmp ult i32 %v77, 8
  br i1 %v77cmp, label %loop_body_102, label %loop_exit_102
loop_body_102:
  %v78 = getelementptr inbounds float, float* %reg_1, i32 0
  %v79 = load float, float* %v78
  %v80 = getelementptr inbounds float, float* %reg_1, i32 1
  %v81 = load float, float* %v80
  %v82 = getelementptr inbounds float, float* %reg_1, i32 2
  %v83 = load float, float* %v82
  %v84 = getelementptr inbounds float, float* %reg_1, i32 3
  %v85 = load float, float* %v84
  %v86 = shl i32 %v77, 2
  %v87 = add nsw i32 %v64, %v86
  %v88 = getelementptr inbounds float, float* %local_0, i32 %v87
  %v89 = load <4 x float>, <4 x float>* %v88
  %v90 = extractelement <4 x float> %v89, i32 0
  %v91 = extractelement <4 x float> %v89, i32 1
  %v92 = extractelement <4 x float> %v89, i32 2
  %v93 = extractelement <4 x float> %v89, i32 3
  %v94 = fadd nsz arcp contract afn float %v79, %v90
  %v95 = fadd nsz arcp contract afn float %v81, %v91
  %v96 = fadd nsz arcp contract afn float %v83, %v92
  %v97 = fadd nsz arcp contract afn float %v85, %v93
  store float %v94, float* %v78
  store float %v95, float* %v80
  store float %v96, float* %v82
  store float %v97, float* %v84
  br label %loop_footer_102
loop_footer_102:
  br label %loop_latch_102
loop_exit_102:
  %v103 = getelementptr inbounds float, float* %reg_1, i32 0
  %v104 = load float, float* %v103
  %v105 = getelementptr inbounds float, float* %reg_1, i32 1
  %v106 = load float, float* %v105
  %v107 = getelementptr inbounds float, float* %reg_1, i32 2
  %v108 = load float, float* %v107
  %v109 = getelementptr inbounds float, float* %reg_1, i32 3
  %v110 = load float, float* %v109
  %v111 = getelementptr inbounds float, float* %data0, i32 %v8
  %v112 = add nsw i32 %v8, 4
  %v113 = getelementptr inbounds float, float* %data0, i32 %v112
  %v114 = add nsw i32 %v8, 8
  %v115 = getelementptr inbounds float, float* %data0, i32 %v114
  %v116 = add nsw i32 %v8, 12
  %v117 = getelementptr inbounds float, float* %data0, i32 %v116
  %v118 = icmp eq i32 %v1, 0
  br i1 %v118, label %ifbody_v119, label %ifskip_v119
ifbody_v119:
  store float %v104, float* %v111
  br label %ifskip_v119
ifskip_v119:
  br i1 %v118, label %ifbody_v122, label %ifskip_v122
ifbody_v122:
  store float %v106, float* %v113
  br label %ifskip_v122
ifskip_v122:
  br i1 %v118, label %ifbody_v125, label %ifskip_v125
ifbody_v125:
  store float %v108, float* %v115
  br label %ifskip_v125
ifskip_v125:
  br i1 %v118, label %ifbody_v128, label %ifskip_v128
ifbody_v128:
  store float %v110, float* %v117
  br label %ifskip_v128
ifskip_v128:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }