define void @E_64_64_7_7_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, i32 %data5) #0
{

  %v1 = mul i32 %data5, 200704
  %v2 = mul i32 %data5, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 3136
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 12544
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v8 = phi i32 [ 0, %loop_entry_1 ], [ %v8phi, %loop_footer_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 64
  br i1 %v8cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v9 = mul i32 %v8, 196
  br label %loop_entry_2_0
loop_entry_2_0:
  br label %loop_latch_2_0
loop_latch_2_0:
  %v10 = phi i32 [ 0, %loop_entry_2_0 ], [ %v10phi, %loop_footer_2_0 ]
  %v10phi = add i32 %v10, 1
  %v10cmp = icmp ult i32 %v10, 7
  br i1 %v10cmp, label %loop_body_2_0, label %loop_exit_2_0
loop_body_2_0:
  %v11 = mul i32 %v10, 28
  %v12 = mul i32 %v10, 448
  br label %loop_entry_3_0
loop_entry_3_0:
  br label %loop_latch_3_0
loop_latch_3_0:
  %v13 = phi i32 [ 0, %loop_entry_3_0 ], [ %v13phi, %loop_footer_3_0 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 7
  br i1 %v13cmp, label %loop_body_3_0, label %loop_exit_3_0
loop_body_3_0:
  %v14 = shl i32 %v13, 6
  %v15 = add nsw i32 %v12, %v14
  %v16 = add nsw i32 %v5, %v15
  %v17 = add nsw i32 %v16, %v8
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data2, i32 %v17
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %data3, i32 %v17
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data4, i32 %v17
  %v25 = load float, float* %v24
  %v26_0 = insertelement <2 x float> poison, float %v21, i32 0
  %v26 = insertelement <2 x float> %v26_0, float %v19, i32 1
  %v27_0 = insertelement <2 x float> poison, float %v25, i32 0
  %v27 = insertelement <2 x float> %v27_0, float %v23, i32 1
  %v28 = shl i32 %v13, 1
  %v29 = add nsw i32 %v11, %v28
  %v30 = add nsw i32 %v29, %v9
  %v31 = add nsw i32 %v30, %v7
  %v32 = add nsw i32 %v31, 14
  %v33 = getelementptr inbounds float, float* %data0, i32 %v32
  %v34 = getelementptr inbounds float, float* %data0, i32 %v31
  store <2 x float> %v26, <2 x float>* %v33
  store <2 x float> %v27, <2 x float>* %v34
  br label %loop_footer_3_0
loop_footer_3_0:
  br label %loop_latch_3_0
loop_exit_3_0:
  br label %loop_footer_2_0
loop_footer_2_0:
  br label %loop_latch_2_0
loop_exit_2_0:
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