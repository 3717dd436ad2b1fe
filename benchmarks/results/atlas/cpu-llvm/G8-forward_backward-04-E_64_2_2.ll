define void @E_64_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v0 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v0phi, %loop_footer_0_0_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 64
  br i1 %v0cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v1 = shl i32 %v0, 2
  %v2 = shl i32 %v0, 4
  br label %loop_entry_0_0_1
loop_entry_0_0_1:
  br label %loop_latch_0_0_1
loop_latch_0_0_1:
  %v3 = phi i32 [ 0, %loop_entry_0_0_1 ], [ %v3phi, %loop_footer_0_0_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 2
  br i1 %v3cmp, label %loop_body_0_0_1, label %loop_exit_0_0_1
loop_body_0_0_1:
  %v4 = shl i32 %v3, 1
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, -8
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v7 = phi i32 [ 0, %loop_entry_0_1 ], [ %v7phi, %loop_footer_0_1 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 2
  br i1 %v7cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v8 = mul i32 %v7, -2
  %v9 = add nsw i32 %v6, %v8
  %v10 = add nsw i32 %v9, %v2
  %v11 = add nsw i32 %v10, 11
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v5, %v7
  %v15 = getelementptr inbounds float, float* %data0, i32 %v14
  store float %v13, float* %v15
  br label %loop_footer_0_1
loop_footer_0_1:
  br label %loop_latch_0_1
loop_exit_0_1:
  br label %loop_footer_0_0_1
loop_footer_0_0_1:
  br label %loop_latch_0_0_1
loop_exit_0_0_1:
  br label %loop_footer_0_0_0
loop_footer_0_0_0:
  br label %loop_latch_0_0_0
loop_exit_0_0_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }