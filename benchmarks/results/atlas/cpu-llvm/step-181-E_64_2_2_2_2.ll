define void @E_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
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
  br label %loop_entry_1_0_0_0
loop_entry_1_0_0_0:
  br label %loop_latch_1_0_0_0
loop_latch_1_0_0_0:
  %v2 = phi i32 [ 0, %loop_entry_1_0_0_0 ], [ %v2phi, %loop_footer_1_0_0_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 2
  br i1 %v2cmp, label %loop_body_1_0_0_0, label %loop_exit_1_0_0_0
loop_body_1_0_0_0:
  %v3 = shl i32 %v2, 2
  %v4 = shl i32 %v2, 3
  br label %loop_entry_1_0_0_1
loop_entry_1_0_0_1:
  br label %loop_latch_1_0_0_1
loop_latch_1_0_0_1:
  %v5 = phi i32 [ 0, %loop_entry_1_0_0_1 ], [ %v5phi, %loop_footer_1_0_0_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 2
  br i1 %v5cmp, label %loop_body_1_0_0_1, label %loop_exit_1_0_0_1
loop_body_1_0_0_1:
  %v6 = shl i32 %v5, 2
  %v7 = add nsw i32 %v4, %v6
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v8 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v8phi, %loop_footer_1_0_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 2
  br i1 %v8cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v9 = shl i32 %v8, 1
  %v10 = add nsw i32 %v7, %v9
  %v11 = shl i32 %v8, 3
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v12 = phi i32 [ 0, %loop_entry_1_1 ], [ %v12phi, %loop_footer_1_1 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 2
  br i1 %v12cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v13 = shl i32 %v12, 1
  %v14 = add nsw i32 %v13, %v5
  %v15 = add nsw i32 %v14, %v3
  %v16 = add nsw i32 %v15, %v11
  %v17 = add nsw i32 %v16, %v1
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = add nsw i32 %v10, %v12
  %v21 = add nsw i32 %v20, %v1
  %v22 = getelementptr inbounds float, float* %data0, i32 %v21
  store float %v19, float* %v22
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0_1
loop_footer_1_0_1:
  br label %loop_latch_1_0_1
loop_exit_1_0_1:
  br label %loop_footer_1_0_0_1
loop_footer_1_0_0_1:
  br label %loop_latch_1_0_0_1
loop_exit_1_0_0_1:
  br label %loop_footer_1_0_0_0
loop_footer_1_0_0_0:
  br label %loop_latch_1_0_0_0
loop_exit_1_0_0_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }