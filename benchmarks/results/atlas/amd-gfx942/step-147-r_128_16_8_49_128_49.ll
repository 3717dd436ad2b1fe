@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_128_16_8_49_128_49(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %reg_2 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = getelementptr inbounds float, float* %reg_1, i32 0
  %v3 = mul i32 %v0, 49
  %v4 = mul i32 %v1, 50176
  store float 0.0, float* %v2
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v6 = phi i32 [ 0, %loop_entry_0 ], [ %v6phi, %loop_footer_0 ]
  %v6phi = add i32 %v6, 1
  %v6cmp = icmp ult i32 %v6, 8
  br i1 %v6cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v7 = mul i32 %v6, 6272
  %v8 = add nsw i32 %v4, %v7
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v9 = phi i32 [ 0, %loop_entry_1 ], [ %v9phi, %loop_footer_1 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 49
  br i1 %v9cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v10 = add nsw i32 %v3, %v9
  %v11 = add nsw i32 %v10, %v8
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = getelementptr inbounds float, float* %reg_1, i32 0
  %v15 = load float, float* %v14
  %v16 = fadd nsz arcp contract afn float %v15, %v13
  store float %v16, float* %v14
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v20 = getelementptr inbounds float, float* %reg_0, i32 0
  store float 0.0, float* %v20
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v22 = phi i32 [ 0, %loop_entry_3 ], [ %v22phi, %loop_footer_3 ]
  %v22phi = add i32 %v22, 1
  %v22cmp = icmp ult i32 %v22, 128
  br i1 %v22cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v23 = mul i32 %v22, 6272
  br label %loop_entry_4
loop_entry_4:
  br label %loop_latch_4
loop_latch_4:
  %v24 = phi i32 [ 0, %loop_entry_4 ], [ %v24phi, %loop_footer_4 ]
  %v24phi = add i32 %v24, 1
  %v24cmp = icmp ult i32 %v24, 49
  br i1 %v24cmp, label %loop_body_4, label %loop_exit_4
loop_body_4:
  %v25 = add nsw i32 %v3, %v24
  %v26 = add nsw i32 %v25, %v23
  %v27 = getelementptr inbounds float, float* %data2, i32 %v26
  %v28 = load float, float* %v27
  %v29 = getelementptr inbounds float, float* %reg_0, i32 0
  %v30 = load float, float* %v29
  %v31 = fadd nsz arcp contract afn float %v30, %v28
  store float %v31, float* %v29
  br label %loop_footer_4
loop_footer_4:
  br label %loop_latch_4
loop_exit_4:
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  %v35 = getelementptr inbounds float, float* %reg_1, i32 0
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %local_0, i32 %v1
  store float %v36, float* %v37
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v40 = getelementptr inbounds float, float* %reg_2, i32 0
  store float 0.0, float* %v40
  br label %loop_entry_107
loop_entry_107:
  br label %loop_latch_107
loop_latch_107:
  %v42 = phi i32 [ 0, %loop_entry_107 ], [ %v42phi, %loop_footer_107 ]
  %v42phi = add i32 %v42, 1
  %v42cmp = icmp ult i32 %v42, 16
  br i1 %v42cmp, label %loop_body_107, label %loop_exit_107
loop_body_107:
  %v43 = getelementptr inbounds float, float* %local_0, i32 %v42
  %v44 = load float, float* %v43
  %v45 = getelementptr inbounds float, float* %reg_2, i32 0
  %v46 = load float, float* %v45
  %v47 = fadd nsz arcp contract afn float %v46, %v44
  store float %v47, float* %v45
  br label %loop_footer_107
loop_footer_107:
  br label %loop_latch_107
loop_exit_107:
  %v50 = getelementptr inbounds float, float* %reg_0, i32 0
  %v51 = load float, float* %v50
  %v52 = getelementptr inbounds float, float* %reg_2, i32 0
  %v53 = load float, float* %v52
  %v54 = getelementptr inbounds float, float* %data0, i32 %v0
  %v55 = fadd nsz arcp contract afn float %v53, %v51
  %v56 = icmp eq i32 %v1, 0
  br i1 %v56, label %ifbody_v57, label %ifskip_v57
ifbody_v57:
  store float %v55, float* %v54
  br label %ifskip_v57
ifskip_v57:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }