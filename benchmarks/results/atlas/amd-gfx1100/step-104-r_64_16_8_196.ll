@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_64_16_8_196(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = getelementptr inbounds float, float* %reg_0, i32 0
  %v3 = mul i32 %v0, 196
  %v4 = mul i32 %v1, 100352
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
  %v7 = mul i32 %v6, 12544
  %v8 = add nsw i32 %v4, %v7
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v9 = phi i32 [ 0, %loop_entry_1 ], [ %v9phi, %loop_footer_1 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 196
  br i1 %v9cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v10 = add nsw i32 %v3, %v9
  %v11 = add nsw i32 %v10, %v8
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = getelementptr inbounds float, float* %reg_0, i32 0
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
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %local_0, i32 %v1
  store float %v21, float* %v22
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v25 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v25
  br label %loop_entry_104
loop_entry_104:
  br label %loop_latch_104
loop_latch_104:
  %v27 = phi i32 [ 0, %loop_entry_104 ], [ %v27phi, %loop_footer_104 ]
  %v27phi = add i32 %v27, 1
  %v27cmp = icmp ult i32 %v27, 16
  br i1 %v27cmp, label %loop_body_104, label %loop_exit_104
loop_body_104:
  %v28 = getelementptr inbounds float, float* %local_0, i32 %v27
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %reg_1, i32 0
  %v31 = load float, float* %v30
  %v32 = fadd nsz arcp contract afn float %v31, %v29
  store float %v32, float* %v30
  br label %loop_footer_104
loop_footer_104:
  br label %loop_latch_104
loop_exit_104:
  %v35 = getelementptr inbounds float, float* %reg_1, i32 0
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %data0, i32 %v0
  %v38 = fmul nsz arcp contract afn float %v36, 3.98596930608619e-05
  %v39 = icmp eq i32 %v1, 0
  br i1 %v39, label %ifbody_v40, label %ifskip_v40
ifbody_v40:
  store float %v38, float* %v37
  br label %ifskip_v40
ifskip_v40:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }