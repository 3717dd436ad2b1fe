define void @E_64_14_14_4_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 57600
  %v2 = mul i32 %data2, 200704
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 900
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 3136
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_0_0_1
loop_entry_0_0_1:
  br label %loop_latch_0_0_1
loop_latch_0_0_1:
  %v8 = phi i32 [ 0, %loop_entry_0_0_1 ], [ %v8phi, %loop_footer_0_0_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 14
  br i1 %v8cmp, label %loop_body_0_0_1, label %loop_exit_0_0_1
loop_body_0_0_1:
  %v9 = mul i32 %v8, 224
  %v10 = add nsw i32 %v7, %v9
  %v11 = mul i32 %v8, 15
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v12 = phi i32 [ 0, %loop_entry_0_1 ], [ %v12phi, %loop_footer_0_1 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 14
  br i1 %v12cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v13 = shl i32 %v12, 4
  %v14 = add nsw i32 %v10, %v13
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v15 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v15phi, %loop_footer_1_0_0 ]
  %v15phi = add i32 %v15, 1
  %v15cmp = icmp ult i32 %v15, 4
  br i1 %v15cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v16 = mul i32 %v15, 225
  %v17 = shl i32 %v15, 2
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v18 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v18phi, %loop_footer_1_0_1 ]
  %v18phi = add i32 %v18, 1
  %v18cmp = icmp ult i32 %v18, 2
  br i1 %v18cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v19 = mul i32 %v18, 15
  %v20 = add nsw i32 %v11, %v19
  %v21 = shl i32 %v18, 1
  %v22 = add nsw i32 %v17, %v21
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v23 = phi i32 [ 0, %loop_entry_1_1 ], [ %v23phi, %loop_footer_1_1 ]
  %v23phi = add i32 %v23, 1
  %v23cmp = icmp ult i32 %v23, 2
  br i1 %v23cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v24 = add nsw i32 %v12, %v23
  %v25 = add nsw i32 %v20, %v24
  %v26 = add nsw i32 %v25, %v16
  %v27 = add nsw i32 %v26, %v5
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load float, float* %v28
  %v30 = add nsw i32 %v22, %v23
  %v31 = add nsw i32 %v14, %v30
  %v32 = getelementptr inbounds float, float* %data0, i32 %v31
  store float %v29, float* %v32
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