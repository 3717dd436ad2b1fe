define void @r_128_49_2_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data3, 6272
  %v2 = shl i32 %data3, 7
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v3 = phi i32 [ 0, %loop_entry_1_0 ], [ %v3phi, %loop_footer_1_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 128
  br i1 %v3cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v4 = mul i32 %v3, 49
  %v5 = add nsw i32 %v1, %v4
  %v6 = add nsw i32 %v2, %v3
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v7 = phi i32 [ 0, %loop_entry_1_1 ], [ %v7phi, %loop_footer_1_1 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 49
  br i1 %v7cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v8 = getelementptr inbounds float, float* %reg_0, i32 0
  %v9 = add nsw i32 %v5, %v7
  %v10 = shl i32 %v7, 8
  %v11 = add nsw i32 %v6, %v10
  store float 0.0, float* %v8
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v13 = phi i32 [ 0, %loop_entry_0 ], [ %v13phi, %loop_footer_0 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 32
  br i1 %v13cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v14 = mul i32 %v13, 50176
  %v15 = add nsw i32 %v9, %v14
  %v16 = add nsw i32 %v15, 12544
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load float, float* %v17
  %v19 = add nsw i32 %v15, 25088
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v15, 37632
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load float, float* %v23
  %v25 = getelementptr inbounds float, float* %data1, i32 %v15
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v11, %v14
  %v28 = add nsw i32 %v27, 12544
  %v29 = getelementptr inbounds float, float* %data2, i32 %v28
  %v30 = load float, float* %v29
  %v31 = add nsw i32 %v27, 25088
  %v32 = getelementptr inbounds float, float* %data2, i32 %v31
  %v33 = load float, float* %v32
  %v34 = add nsw i32 %v27, 37632
  %v35 = getelementptr inbounds float, float* %data2, i32 %v34
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %data2, i32 %v27
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_0, i32 0
  %v40 = load float, float* %v39
  %v41 = fcmp nsz arcp contract afn olt float 0.0, %v18
  %v42 = fcmp nsz arcp contract afn olt float 0.0, %v26
  %v43 = select i1 %v41, float %v30, float 0.0
  %v44 = select i1 %v42, float %v38, float 0.0
  %v45 = fadd nsz arcp contract afn float %v44, %v43
  %v46 = fcmp nsz arcp contract afn olt float 0.0, %v21
  %v47 = select i1 %v46, float %v33, float 0.0
  %v48 = fadd nsz arcp contract afn float %v45, %v47
  %v49 = fcmp nsz arcp contract afn olt float 0.0, %v24
  %v50 = select i1 %v49, float %v36, float 0.0
  %v51 = fadd nsz arcp contract afn float %v48, %v50
  %v52 = fadd nsz arcp contract afn float %v40, %v51
  store float %v52, float* %v39
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v55 = getelementptr inbounds float, float* %reg_0, i32 0
  %v56 = load float, float* %v55
  %v57 = getelementptr inbounds float, float* %data0, i32 %v9
  store float %v56, float* %v57
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }