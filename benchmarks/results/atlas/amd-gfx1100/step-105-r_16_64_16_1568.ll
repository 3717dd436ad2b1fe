@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_16_64_16_1568(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = mul i32 %v0, 25088
  %v5 = mul i32 %v1, 25088
  %v6 = mul i32 %v2, 1568
  store float 0.0, float* %v3
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v8 = phi i32 [ 0, %loop_entry_0 ], [ %v8phi, %loop_footer_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 1568
  br i1 %v8cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v9 = add nsw i32 %v6, %v8
  %v10 = add nsw i32 %v9, %v5
  %v11 = getelementptr inbounds float, float* %data1, i32 %v10
  %v12 = load float, float* %v11
  %v13 = add nsw i32 %v9, %v4
  %v14 = getelementptr inbounds float, float* %data2, i32 %v13
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %reg_0, i32 0
  %v17 = load float, float* %v16
  %v18 = fmul nsz arcp contract afn float %v12, %v15
  %v19 = fadd nsz arcp contract afn float %v17, %v18
  store float %v19, float* %v16
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v22 = getelementptr inbounds float, float* %reg_0, i32 0
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %local_0, i32 %v2
  store float %v23, float* %v24
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v27 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v27
  br label %loop_entry_103
loop_entry_103:
  br label %loop_latch_103
loop_latch_103:
  %v29 = phi i32 [ 0, %loop_entry_103 ], [ %v29phi, %loop_footer_103 ]
  %v29phi = add i32 %v29, 1
  %v29cmp = icmp ult i32 %v29, 16
  br i1 %v29cmp, label %loop_body_103, label %loop_exit_103
loop_body_103:
  %v30 = getelementptr inbounds float, float* %local_0, i32 %v29
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %reg_1, i32 0
  %v33 = load float, float* %v32
  %v34 = fadd nsz arcp contract afn float %v33, %v31
  store float %v34, float* %v32
  br label %loop_footer_103
loop_footer_103:
  br label %loop_latch_103
loop_exit_103:
  %v37 = getelementptr inbounds float, float* %reg_1, i32 0
  %v38 = load float, float* %v37
  %v39 = shl i32 %v1, 6
  %v40 = add nsw i32 %v0, %v39
  %v41 = getelementptr inbounds float, float* %data0, i32 %v40
  %v42 = icmp eq i32 %v2, 0
  br i1 %v42, label %ifbody_v43, label %ifskip_v43
ifbody_v43:
  store float %v38, float* %v41
  br label %ifskip_v43
ifskip_v43:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }