@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_16_8(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
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
  %v45 = getelementptr inbounds float, float* %reg_0, i32 0
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %local_0, i32 %v0
  store float %v46, float* %v47
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v50 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v50
  br label %loop_entry_101
loop_entry_101:
  br label %loop_latch_101
loop_latch_101:
  %v52 = phi i32 [ 0, %loop_entry_101 ], [ %v52phi, %loop_footer_101 ]
  %v52phi = add i32 %v52, 1
  %v52cmp = icmp ult i32 %v52, 16
  br i1 %v52cmp, label %loop_body_101, label %loop_exit_101
loop_body_101:
  %v53 = getelementptr inbounds float, float* %local_0, i32 %v52
  %v54 = load float, float* %v53
  %v55 = getelementptr inbounds float, float* %reg_1, i32 0
  %v56 = load float, float* %v55
  %v57 = fadd nsz arcp contract afn float %v56, %v54
  store float %v57, float* %v55
  br label %loop_footer_101
loop_footer_101:
  br label %loop_latch_101
loop_exit_101:
  %v60 = getelementptr inbounds float, float* %reg_1, i32 0
  %v61 = load float, float* %v60
  %v62 = getelementptr inbounds float, float* %data0, i32 0
  %v63 = fmul nsz arcp contract afn float %v61, 0.0078125
  %v64 = icmp eq i32 %v0, 0
  br i1 %v64, label %ifbody_v65, label %ifskip_v65
ifbody_v65:
  store float %v63, float* %v62
  br label %ifskip_v65
ifskip_v65:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }