@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_16_8_128(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %reg_2 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v1 = getelementptr inbounds float, float* %reg_0, i32 0
  %v2 = shl i32 %v0, 3
  store float 0.0, float* %v1
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v4 = phi i32 [ 0, %loop_entry_0 ], [ %v4phi, %loop_footer_0 ]
  %v4phi = add i32 %v4, 1
  %v4cmp = icmp ult i32 %v4, 8
  br i1 %v4cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v5 = add nsw i32 %v2, %v4
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load float, float* %v6
  %v8 = getelementptr inbounds float, float* %data2, i32 %v5
  %v9 = load float, float* %v8
  %v10 = getelementptr inbounds float, float* %reg_0, i32 0
  %v11 = load float, float* %v10
  %v12 = fcmp nsz arcp contract afn olt float %v7, 0.0
  %v13 = select i1 %v12, float 0.0, float %v7
  %v14 = fmul nsz arcp contract afn float %v13, -1.0
  %v15 = fadd nsz arcp contract afn float %v7, %v14
  %v16 = fmul nsz arcp contract afn float %v15, 1.4426950216293335
  %v17 = call float @llvm.exp2.float(float %v16)
  %v18 = fmul nsz arcp contract afn float %v7, -1.0
  %v19 = fcmp nsz arcp contract afn olt float %v18, 0.0
  %v20 = select i1 %v19, float 0.0, float %v18
  %v21 = fmul nsz arcp contract afn float %v20, -1.0
  %v22 = fadd nsz arcp contract afn float %v18, %v21
  %v23 = fmul nsz arcp contract afn float %v22, 1.4426950216293335
  %v24 = call float @llvm.exp2.float(float %v23)
  %v25 = fmul nsz arcp contract afn float %v13, -1.4426950216293335
  %v26 = call float @llvm.exp2.float(float %v25)
  %v27 = fmul nsz arcp contract afn float %v20, -1.4426950216293335
  %v28 = call float @llvm.exp2.float(float %v27)
  %v29 = fadd nsz arcp contract afn float %v17, %v26
  %v30 = call float @llvm.log2.float(float %v29)
  %v31 = fadd nsz arcp contract afn float %v24, %v28
  %v32 = call float @llvm.log2.float(float %v31)
  %v33 = fmul nsz arcp contract afn float %v9, -1.0
  %v34 = fadd nsz arcp contract afn float 1.0, %v33
  %v35 = fmul nsz arcp contract afn float %v30, 0.6931471824645996
  %v36 = fadd nsz arcp contract afn float %v35, %v13
  %v37 = fmul nsz arcp contract afn float %v32, 0.6931471824645996
  %v38 = fadd nsz arcp contract afn float %v37, %v20
  %v39 = fmul nsz arcp contract afn float %v36, %v9
  %v40 = fmul nsz arcp contract afn float %v38, %v34
  %v41 = fadd nsz arcp contract afn float %v39, %v40
  %v42 = fadd nsz arcp contract afn float %v11, %v41
  store float %v42, float* %v10
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v45 = getelementptr inbounds float, float* %reg_2, i32 0
  store float 0.0, float* %v45
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v47 = phi i32 [ 0, %loop_entry_1 ], [ %v47phi, %loop_footer_1 ]
  %v47phi = add i32 %v47, 1
  %v47cmp = icmp ult i32 %v47, 128
  br i1 %v47cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v48 = getelementptr inbounds float, float* %data3, i32 %v47
  %v49 = load float, float* %v48
  %v50 = getelementptr inbounds float, float* %data4, i32 %v47
  %v51 = load float, float* %v50
  %v52 = getelementptr inbounds float, float* %reg_2, i32 0
  %v53 = load float, float* %v52
  %v54 = fcmp nsz arcp contract afn olt float %v49, 0.0
  %v55 = select i1 %v54, float 0.0, float %v49
  %v56 = fmul nsz arcp contract afn float %v55, -1.0
  %v57 = fadd nsz arcp contract afn float %v49, %v56
  %v58 = fmul nsz arcp contract afn float %v57, 1.4426950216293335
  %v59 = call float @llvm.exp2.float(float %v58)
  %v60 = fmul nsz arcp contract afn float %v49, -1.0
  %v61 = fcmp nsz arcp contract afn olt float %v60, 0.0
  %v62 = select i1 %v61, float 0.0, float %v60
  %v63 = fmul nsz arcp contract afn float %v62, -1.0
  %v64 = fadd nsz arcp contract afn float %v60, %v63
  %v65 = fmul nsz arcp contract afn float %v64, 1.4426950216293335
  %v66 = call float @llvm.exp2.float(float %v65)
  %v67 = fmul nsz arcp contract afn float %v55, -1.4426950216293335
  %v68 = call float @llvm.exp2.float(float %v67)
  %v69 = fmul nsz arcp contract afn float %v62, -1.4426950216293335
  %v70 = call float @llvm.exp2.float(float %v69)
  %v71 = fadd nsz arcp contract afn float %v59, %v68
  %v72 = call float @llvm.log2.float(float %v71)
  %v73 = fadd nsz arcp contract afn float %v66, %v70
  %v74 = call float @llvm.log2.float(float %v73)
  %v75 = fmul nsz arcp contract afn float %v51, -1.0
  %v76 = fadd nsz arcp contract afn float 1.0, %v75
  %v77 = fmul nsz arcp contract afn float %v72, 0.6931471824645996
  %v78 = fadd nsz arcp contract afn float %v77, %v55
  %v79 = fmul nsz arcp contract afn float %v74, 0.6931471824645996
  %v80 = fadd nsz arcp contract afn float %v79, %v62
  %v81 = fmul nsz arcp contract afn float %v78, %v51
  %v82 = fmul nsz arcp contract afn float %v80, %v76
  %v83 = fadd nsz arcp contract afn float %v81, %v82
  %v84 = fadd nsz arcp contract afn float %v53, %v83
  store float %v84, float* %v52
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  %v87 = getelementptr inbounds float, float* %reg_0, i32 0
  %v88 = load float, float* %v87
  %v89 = getelementptr inbounds float, float* %local_0, i32 %v0
  store float %v88, float* %v89
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v92 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v92
  br label %loop_entry_102
loop_entry_102:
  br label %loop_latch_102
loop_latch_102:
  %v94 = phi i32 [ 0, %loop_entry_102 ], [ %v94phi, %loop_footer_102 ]
  %v94phi = add i32 %v94, 1
  %v94cmp = icmp ult i32 %v94, 16
  br i1 %v94cmp, label %loop_body_102, label %loop_exit_102
loop_body_102:
  %v95 = getelementptr inbounds float, float* %local_0, i32 %v94
  %v96 = load float, float* %v95
  %v97 = getelementptr inbounds float, float* %reg_1, i32 0
  %v98 = load float, float* %v97
  %v99 = fadd nsz arcp contract afn float %v98, %v96
  store float %v99, float* %v97
  br label %loop_footer_102
loop_footer_102:
  br label %loop_latch_102
loop_exit_102:
  %v102 = getelementptr inbounds float, float* %reg_1, i32 0
  %v103 = load float, float* %v102
  %v104 = getelementptr inbounds float, float* %reg_2, i32 0
  %v105 = load float, float* %v104
  %v106 = getelementptr inbounds float, float* %data0, i32 0
  %v107 = fmul nsz arcp contract afn float %v103, 0.0078125
  %v108 = fmul nsz arcp contract afn float %v105, 0.0078125
  %v109 = fadd nsz arcp contract afn float %v107, %v108
  %v110 = icmp eq i32 %v0, 0
  br i1 %v110, label %ifbody_v111, label %ifskip_v111
ifbody_v111:
  store float %v109, float* %v106
  br label %ifskip_v111
ifskip_v111:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }