define void @E_64_128_49_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 401408
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 64
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 6272
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v5 = phi i32 [ 0, %loop_entry_1 ], [ %v5phi, %loop_footer_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 128
  br i1 %v5cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v6 = mul i32 %v5, 49
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v7 = phi i32 [ 0, %loop_entry_2 ], [ %v7phi, %loop_footer_2 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 49
  br i1 %v7cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v8 = shl i32 %v7, 7
  %v9 = add nsw i32 %v4, %v8
  %v10 = add nsw i32 %v9, %v5
  %v11 = getelementptr inbounds float, float* %data1, i32 %v10
  %v12 = load float, float* %v11
  %v13 = add nsw i32 %v6, %v7
  %v14 = add nsw i32 %v4, %v13
  %v15 = getelementptr inbounds float, float* %data0, i32 %v14
  store float %v12, float* %v15
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }