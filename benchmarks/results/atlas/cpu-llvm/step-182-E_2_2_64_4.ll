define void @E_2_2_64_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0_0
loop_entry_0_0:
  br label %loop_latch_0_0
loop_latch_0_0:
  %v0 = phi i32 [ 0, %loop_entry_0_0 ], [ %v0phi, %loop_footer_0_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 2
  br i1 %v0cmp, label %loop_body_0_0, label %loop_exit_0_0
loop_body_0_0:
  %v1 = shl i32 %v0, 2
  %v2 = shl i32 %v0, 9
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v3 = phi i32 [ 0, %loop_entry_0_1 ], [ %v3phi, %loop_footer_0_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 2
  br i1 %v3cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v4 = add nsw i32 %v1, %v3
  %v5 = shl i32 %v3, 8
  %v6 = add nsw i32 %v2, %v5
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v7 = phi i32 [ 0, %loop_entry_1_0 ], [ %v7phi, %loop_footer_1_0 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 64
  br i1 %v7cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v8 = shl i32 %v7, 4
  %v9 = add nsw i32 %v4, %v8
  %v10 = add nsw i32 %v9, 2
  %v11 = getelementptr inbounds float, float* %data1, i32 %v10
  %v12 = load float, float* %v11
  %v13 = add nsw i32 %v9, 8
  %v14 = getelementptr inbounds float, float* %data1, i32 %v13
  %v15 = load float, float* %v14
  %v16 = add nsw i32 %v9, 10
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load float, float* %v17
  %v19 = getelementptr inbounds float, float* %data1, i32 %v9
  %v20 = load float, float* %v19
  %v21_0 = insertelement <4 x float> poison, float %v18, i32 0
  %v21_1 = insertelement <4 x float> %v21_0, float %v15, i32 1
  %v21_2 = insertelement <4 x float> %v21_1, float %v12, i32 2
  %v21 = insertelement <4 x float> %v21_2, float %v20, i32 3
  %v22 = shl i32 %v7, 2
  %v23 = add nsw i32 %v6, %v22
  %v24 = getelementptr inbounds float, float* %data0, i32 %v23
  store <4 x float> %v21, <4 x float>* %v24
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
  br label %loop_footer_0_1
loop_footer_0_1:
  br label %loop_latch_0_1
loop_exit_0_1:
  br label %loop_footer_0_0
loop_footer_0_0:
  br label %loop_latch_0_0
loop_exit_0_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }