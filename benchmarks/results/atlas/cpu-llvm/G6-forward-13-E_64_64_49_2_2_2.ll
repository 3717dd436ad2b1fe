define void @E_64_64_49_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, i32 %data5) #0
{

  %v1 = mul i32 %data5, 200704
  %v2 = mul i32 %data5, 401408
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = mul i32 %v3, 3136
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 6272
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v8 = phi i32 [ 0, %loop_entry_2 ], [ %v8phi, %loop_footer_2 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 64
  br i1 %v8cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v9 = mul i32 %v8, 98
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v10 = phi i32 [ 0, %loop_entry_3 ], [ %v10phi, %loop_footer_3 ]
  %v10phi = add i32 %v10, 1
  %v10cmp = icmp ult i32 %v10, 49
  br i1 %v10cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v11 = shl i32 %v10, 6
  %v12 = add nsw i32 %v5, %v11
  %v13 = add nsw i32 %v12, %v8
  %v14 = getelementptr inbounds float, float* %data1, i32 %v13
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %data2, i32 %v13
  %v17 = load float, float* %v16
  %v18 = getelementptr inbounds float, float* %data3, i32 %v13
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data4, i32 %v13
  %v21 = load float, float* %v20
  %v22_0 = insertelement <2 x float> poison, float %v17, i32 0
  %v22 = insertelement <2 x float> %v22_0, float %v15, i32 1
  %v23_0 = insertelement <2 x float> poison, float %v21, i32 0
  %v23 = insertelement <2 x float> %v23_0, float %v19, i32 1
  %v24 = shl i32 %v10, 1
  %v25 = add nsw i32 %v9, %v24
  %v26 = add nsw i32 %v7, %v25
  %v27 = add nsw i32 %v26, 802816
  %v28 = getelementptr inbounds float, float* %data0, i32 %v27
  %v29 = getelementptr inbounds float, float* %data0, i32 %v26
  store <2 x float> %v22, <2 x float>* %v28
  store <2 x float> %v23, <2 x float>* %v29
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }