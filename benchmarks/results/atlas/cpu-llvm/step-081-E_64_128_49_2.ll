define void @E_64_128_49_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 3136
  %v2 = mul i32 %data2, 401408
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 49
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 6272
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0 ], [ %v8phi, %loop_footer_1_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 128
  br i1 %v8cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v9 = mul i32 %v8, 49
  %v10 = mul i32 %v8, 6272
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v11 = phi i32 [ 0, %loop_entry_1_1 ], [ %v11phi, %loop_footer_1_1 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 49
  br i1 %v11cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v12 = add nsw i32 %v5, %v11
  %v13 = add nsw i32 %v12, %v10
  %v14 = getelementptr inbounds float, float* %data1, i32 %v13
  %v15 = load float, float* %v14
  %v16 = add nsw i32 %v9, %v11
  %v17 = add nsw i32 %v7, %v16
  %v18 = getelementptr inbounds float, float* %data0, i32 %v17
  store float %v15, float* %v18
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