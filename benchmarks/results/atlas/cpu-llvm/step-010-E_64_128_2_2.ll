define void @E_64_128_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
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
  %v2 = shl i32 %v0, 9
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v3 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v3phi, %loop_footer_1_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 128
  br i1 %v3cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v4 = shl i32 %v3, 2
  %v5 = shl i32 %v3, 10
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v6 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v6phi, %loop_footer_1_0_1 ]
  %v6phi = add i32 %v6, 1
  %v6cmp = icmp ult i32 %v6, 2
  br i1 %v6cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v7 = shl i32 %v6, 1
  %v8 = add nsw i32 %v4, %v7
  %v9 = mul i32 %v6, -8
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v10 = phi i32 [ 0, %loop_entry_1_1 ], [ %v10phi, %loop_footer_1_1 ]
  %v10phi = add i32 %v10, 1
  %v10cmp = icmp ult i32 %v10, 2
  br i1 %v10cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v11 = mul i32 %v10, -2
  %v12 = add nsw i32 %v9, %v11
  %v13 = add nsw i32 %v12, %v1
  %v14 = add nsw i32 %v13, %v5
  %v15 = add nsw i32 %v14, 14
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v8, %v10
  %v19 = add nsw i32 %v18, %v2
  %v20 = getelementptr inbounds float, float* %data0, i32 %v19
  store float %v17, float* %v20
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0_1
loop_footer_1_0_1:
  br label %loop_latch_1_0_1
loop_exit_1_0_1:
  br label %loop_footer_1_0_0
loop_footer_1_0_0:
  br label %loop_latch_1_0_0
loop_exit_1_0_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }