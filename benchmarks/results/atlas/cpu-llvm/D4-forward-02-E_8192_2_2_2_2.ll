define void @E_8192_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 8192
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 4
  br label %loop_entry_1_0_0_0_1
loop_entry_1_0_0_0_1:
  br label %loop_latch_1_0_0_0_1
loop_latch_1_0_0_0_1:
  %v2 = phi i32 [ 0, %loop_entry_1_0_0_0_1 ], [ %v2phi, %loop_footer_1_0_0_0_1 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 2
  br i1 %v2cmp, label %loop_body_1_0_0_0_1, label %loop_exit_1_0_0_0_1
loop_body_1_0_0_0_1:
  %v3 = shl i32 %v2, 3
  %v4 = add nsw i32 %v1, %v3
  %v5 = shl i32 %v2, 2
  br label %loop_entry_1_0_0_1
loop_entry_1_0_0_1:
  br label %loop_latch_1_0_0_1
loop_latch_1_0_0_1:
  %v6 = phi i32 [ 0, %loop_entry_1_0_0_1 ], [ %v6phi, %loop_footer_1_0_0_1 ]
  %v6phi = add i32 %v6, 1
  %v6cmp = icmp ult i32 %v6, 2
  br i1 %v6cmp, label %loop_body_1_0_0_1, label %loop_exit_1_0_0_1
loop_body_1_0_0_1:
  %v7 = shl i32 %v6, 2
  %v8 = add nsw i32 %v4, %v7
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v9 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v9phi, %loop_footer_1_0_1 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 2
  br i1 %v9cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v10 = shl i32 %v9, 1
  %v11 = add nsw i32 %v8, %v10
  %v12 = shl i32 %v9, 3
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v13 = phi i32 [ 0, %loop_entry_1_1 ], [ %v13phi, %loop_footer_1_1 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 2
  br i1 %v13cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v14 = shl i32 %v13, 1
  %v15 = add nsw i32 %v1, %v14
  %v16 = add nsw i32 %v15, %v6
  %v17 = add nsw i32 %v16, %v5
  %v18 = add nsw i32 %v17, %v12
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v11, %v13
  %v22 = getelementptr inbounds float, float* %data0, i32 %v21
  store float %v20, float* %v22
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
  br label %loop_footer_1_0_0_0_1
loop_footer_1_0_0_0_1:
  br label %loop_latch_1_0_0_0_1
loop_exit_1_0_0_0_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }