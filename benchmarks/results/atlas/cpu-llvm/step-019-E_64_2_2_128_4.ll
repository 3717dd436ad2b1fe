define void @E_64_2_2_128_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
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
  %v1 = shl i32 %v0, 4
  %v2 = shl i32 %v0, 11
  br label %loop_entry_0_0_1
loop_entry_0_0_1:
  br label %loop_latch_0_0_1
loop_latch_0_0_1:
  %v3 = phi i32 [ 0, %loop_entry_0_0_1 ], [ %v3phi, %loop_footer_0_0_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 2
  br i1 %v3cmp, label %loop_body_0_0_1, label %loop_exit_0_0_1
loop_body_0_0_1:
  %v4 = shl i32 %v3, 10
  %v5 = add nsw i32 %v2, %v4
  %v6 = shl i32 %v3, 2
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v7 = phi i32 [ 0, %loop_entry_0_1 ], [ %v7phi, %loop_footer_0_1 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 2
  br i1 %v7cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v8 = shl i32 %v7, 9
  %v9 = add nsw i32 %v5, %v8
  %v10 = add nsw i32 %v6, %v7
  %v11 = add nsw i32 %v10, %v1
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v12 = phi i32 [ 0, %loop_entry_1_0 ], [ %v12phi, %loop_footer_1_0 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 128
  br i1 %v12cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v13 = shl i32 %v12, 10
  %v14 = add nsw i32 %v11, %v13
  %v15 = add nsw i32 %v14, 2
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v14, 8
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v14, 10
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data1, i32 %v14
  %v25 = load float, float* %v24
  %v26_0 = insertelement <4 x float> poison, float %v23, i32 0
  %v26_1 = insertelement <4 x float> %v26_0, float %v20, i32 1
  %v26_2 = insertelement <4 x float> %v26_1, float %v17, i32 2
  %v26 = insertelement <4 x float> %v26_2, float %v25, i32 3
  %v27 = shl i32 %v12, 2
  %v28 = add nsw i32 %v9, %v27
  %v29 = getelementptr inbounds float, float* %data0, i32 %v28
  store <4 x float> %v26, <4 x float>* %v29
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
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