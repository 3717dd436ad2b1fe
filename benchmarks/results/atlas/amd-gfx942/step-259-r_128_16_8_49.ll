@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_128_16_8_49(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
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
  %v13 = shl i32 %v12, 7
  %v14 = add nsw i32 %v11, %v13
  %v15 = add nsw i32 %v0, %v14
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v5, %v12
  %v19 = add nsw i32 %v18, %v11
  %v20 = getelementptr inbounds float, float* %data4, i32 %v19
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %reg_0, i32 0
  %v23 = load float, float* %v22
  %v24 = fadd nsz arcp contract afn float %v17, %v7
  %v25 = fmul nsz arcp contract afn float %v24, %v21
  %v26 = fadd nsz arcp contract afn float %v23, %v25
  store float %v26, float* %v22
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v30 = getelementptr inbounds float, float* %reg_0, i32 0
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %local_0, i32 %v3
  store float %v31, float* %v32
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v35 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v35
  br label %loop_entry_104
loop_entry_104:
  br label %loop_latch_104
loop_latch_104:
  %v37 = phi i32 [ 0, %loop_entry_104 ], [ %v37phi, %loop_footer_104 ]
  %v37phi = add i32 %v37, 1
  %v37cmp = icmp ult i32 %v37, 16
  br i1 %v37cmp, label %loop_body_104, label %loop_exit_104
loop_body_104:
  %v38 = getelementptr inbounds float, float* %local_0, i32 %v37
  %v39 = load float, float* %v38
  %v40 = getelementptr inbounds float, float* %reg_1, i32 0
  %v41 = load float, float* %v40
  %v42 = fadd nsz arcp contract afn float %v41, %v39
  store float %v42, float* %v40
  br label %loop_footer_104
loop_footer_104:
  br label %loop_latch_104
loop_exit_104:
  %v45 = getelementptr inbounds float, float* %data3, i32 %v0
  %v46 = load float, float* %v45
  %v47 = getelementptr inbounds float, float* %reg_1, i32 0
  %v48 = load float, float* %v47
  %v49 = getelementptr inbounds float, float* %data0, i32 %v0
  %v50 = fadd nsz arcp contract afn float %v46, 9.999999747378752e-06
  %v51 = call float @llvm.sqrt.float(float %v50)
  %v52 = icmp eq i32 %v3, 0
  %v53 = fdiv nsz arcp contract afn float %v48, %v51
  br i1 %v52, label %ifbody_v54, label %ifskip_v54
ifbody_v54:
  store float %v53, float* %v49
  br label %ifskip_v54
ifskip_v54:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }