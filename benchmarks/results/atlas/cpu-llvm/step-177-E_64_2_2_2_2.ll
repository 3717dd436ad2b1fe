define void @E_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 64
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 4
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v2 = phi i32 [ 0, %loop_entry_1_0 ], [ %v2phi, %loop_footer_1_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 2
  br i1 %v2cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v3 = shl i32 %v2, 3
  %v4 = shl i32 %v2, 7
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v5 = phi i32 [ 0, %loop_entry_1_1 ], [ %v5phi, %loop_footer_1_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 2
  br i1 %v5cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v6 = shl i32 %v5, 2
  %v7 = add nsw i32 %v3, %v6
  %v8 = shl i32 %v5, 9
  br label %loop_entry_2_0
loop_entry_2_0:
  br label %loop_latch_2_0
loop_latch_2_0:
  %v9 = phi i32 [ 0, %loop_entry_2_0 ], [ %v9phi, %loop_footer_2_0 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 2
  br i1 %v9cmp, label %loop_body_2_0, label %loop_exit_2_0
loop_body_2_0:
  %v10 = shl i32 %v9, 6
  %v11 = add nsw i32 %v10, %v0
  %v12 = add nsw i32 %v11, %v4
  %v13 = shl i32 %v9, 1
  br label %loop_entry_2_1
loop_entry_2_1:
  br label %loop_latch_2_1
loop_latch_2_1:
  %v14 = phi i32 [ 0, %loop_entry_2_1 ], [ %v14phi, %loop_footer_2_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 2
  br i1 %v14cmp, label %loop_body_2_1, label %loop_exit_2_1
loop_body_2_1:
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v7, %v15
  %v17 = add nsw i32 %v16, %v1
  %v18 = getelementptr inbounds float, float* %data0, i32 %v17
  %v19 = load float, float* %v18
  %v20 = shl i32 %v14, 8
  %v21 = add nsw i32 %v8, %v20
  %v22 = add nsw i32 %v12, %v21
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load float, float* %v23
  %v25 = getelementptr inbounds float, float* %data2, i32 %v22
  %v26 = load float, float* %v25
  %v27 = fadd nsz arcp contract afn float %v24, %v26
  %v28 = fmul nsz arcp contract afn float %v27, %v27
  %v29 = fmul nsz arcp contract afn float 0.0010000000474974513, %v28
  %v30 = fmul nsz arcp contract afn float 0.9990000128746033, %v19
  %v31 = fadd nsz arcp contract afn float %v30, %v29
  store float %v31, float* %v18
  br label %loop_footer_2_1
loop_footer_2_1:
  br label %loop_latch_2_1
loop_exit_2_1:
  br label %loop_footer_2_0
loop_footer_2_0:
  br label %loop_latch_2_0
loop_exit_2_0:
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }