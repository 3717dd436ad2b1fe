@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_128_16_8_49(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = getelementptr inbounds float, float* %data2, i32 %v0
  %v2 = load float, float* %v1
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = mul i32 %v0, 49
  %v6 = mul i32 %v3, 50176
  %v7 = fmul nsz arcp contract afn float %v2, -1.0
  store float 0.0, float* %v4
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v9 = phi i32 [ 0, %loop_entry_0 ], [ %v9phi, %loop_footer_0 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 8
  br i1 %v9cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v10 = mul i32 %v9, 6272
  %v11 = add nsw i32 %v6, %v10
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v12 = phi i32 [ 0, %loop_entry_1 ], [ %v12phi, %loop_footer_1 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 49
  br i1 %v12cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v13 = add nsw i32 %v5, %v12
  %v14 = add nsw i32 %v13, %v11
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = getelementptr inbounds float, float* %reg_0, i32 0
  %v18 = load float, float* %v17
  %v19 = fadd nsz arcp contract afn float %v16, %v7
  %v20 = fmul nsz arcp contract afn float %v19, %v19
  %v21 = fadd nsz arcp contract afn float %v18, %v20
  store float %v21, float* %v17
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v25 = getelementptr inbounds float, float* %reg_0, i32 0
  %v26 = load float, float* %v25
  %v27 = getelementptr inbounds float, float* %local_0, i32 %v3
  store float %v26, float* %v27
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v30 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v30
  br label %loop_entry_104
loop_entry_104:
  br label %loop_latch_104
loop_latch_104:
  %v32 = phi i32 [ 0, %loop_entry_104 ], [ %v32phi, %loop_footer_104 ]
  %v32phi = add i32 %v32, 1
  %v32cmp = icmp ult i32 %v32, 16
  br i1 %v32cmp, label %loop_body_104, label %loop_exit_104
loop_body_104:
  %v33 = getelementptr inbounds float, float* %local_0, i32 %v32
  %v34 = load float, float* %v33
  %v35 = getelementptr inbounds float, float* %reg_1, i32 0
  %v36 = load float, float* %v35
  %v37 = fadd nsz arcp contract afn float %v36, %v34
  store float %v37, float* %v35
  br label %loop_footer_104
loop_footer_104:
  br label %loop_latch_104
loop_exit_104:
  %v40 = getelementptr inbounds float, float* %reg_1, i32 0
  %v41 = load float, float* %v40
  %v42 = getelementptr inbounds float, float* %data0, i32 %v0
  %v43 = fmul nsz arcp contract afn float %v41, 0.0001594387722434476
  %v44 = icmp eq i32 %v3, 0
  br i1 %v44, label %ifbody_v45, label %ifskip_v45
ifbody_v45:
  store float %v43, float* %v42
  br label %ifskip_v45
ifskip_v45:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }