@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_64_16_8_196(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = getelementptr inbounds float, float* %data2, i32 %v0
  %v2 = load float, float* %v1
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = mul i32 %v0, 196
  %v6 = mul i32 %v3, 100352
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
  %v10 = mul i32 %v9, 12544
  %v11 = add nsw i32 %v6, %v10
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v12 = phi i32 [ 0, %loop_entry_1 ], [ %v12phi, %loop_footer_1 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 196
  br i1 %v12cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v13 = add nsw i32 %v5, %v12
  %v14 = add nsw i32 %v13, %v11
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = getelementptr inbounds float, float* %data4, i32 %v14
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %reg_0, i32 0
  %v20 = load float, float* %v19
  %v21 = fadd nsz arcp contract afn float %v16, %v7
  %v22 = fmul nsz arcp contract afn float %v21, %v18
  %v23 = fadd nsz arcp contract afn float %v20, %v22
  store float %v23, float* %v19
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v27 = getelementptr inbounds float, float* %reg_0, i32 0
  %v28 = load float, float* %v27
  %v29 = getelementptr inbounds float, float* %local_0, i32 %v3
  store float %v28, float* %v29
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v32 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v32
  br label %loop_entry_104
loop_entry_104:
  br label %loop_latch_104
loop_latch_104:
  %v34 = phi i32 [ 0, %loop_entry_104 ], [ %v34phi, %loop_footer_104 ]
  %v34phi = add i32 %v34, 1
  %v34cmp = icmp ult i32 %v34, 16
  br i1 %v34cmp, label %loop_body_104, label %loop_exit_104
loop_body_104:
  %v35 = getelementptr inbounds float, float* %local_0, i32 %v34
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %reg_1, i32 0
  %v38 = load float, float* %v37
  %v39 = fadd nsz arcp contract afn float %v38, %v36
  store float %v39, float* %v37
  br label %loop_footer_104
loop_footer_104:
  br label %loop_latch_104
loop_exit_104:
  %v42 = getelementptr inbounds float, float* %data3, i32 %v0
  %v43 = load float, float* %v42
  %v44 = getelementptr inbounds float, float* %reg_1, i32 0
  %v45 = load float, float* %v44
  %v46 = getelementptr inbounds float, float* %data0, i32 %v0
  %v47 = fadd nsz arcp contract afn float %v43, 9.999999747378752e-06
  %v48 = call float @llvm.sqrt.float(float %v47)
  %v49 = icmp eq i32 %v3, 0
  %v50 = fdiv nsz arcp contract afn float %v45, %v48
  br i1 %v49, label %ifbody_v51, label %ifskip_v51
ifbody_v51:
  store float %v50, float* %v46
  br label %ifskip_v51
ifskip_v51:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }