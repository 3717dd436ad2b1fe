define void @E_64_14_14_64_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 802816
  %v2 = mul i32 %data2, 3211264
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 12544
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 50176
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
  %v9 = mul i32 %v8, 3584
  %v10 = add nsw i32 %v7, %v9
  %v11 = mul i32 %v8, 14
  %v12 = icmp slt i32 0, %v8
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v13 = phi i32 [ 0, %loop_entry_0_1 ], [ %v13phi, %loop_footer_0_1 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 14
  br i1 %v13cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v14 = shl i32 %v13, 8
  %v15 = add nsw i32 %v10, %v14
  %v16 = add nsw i32 %v11, %v13
  %v17 = icmp slt i32 0, %v13
  %v18 = and i1 %v17, %v12
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v19 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v19phi, %loop_footer_1_0_0 ]
  %v19phi = add i32 %v19, 1
  %v19cmp = icmp ult i32 %v19, 64
  br i1 %v19cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v20 = mul i32 %v19, 196
  %v21 = add nsw i32 %v16, %v20
  %v22 = add nsw i32 %v21, %v5
  %v23 = add nsw i32 %v22, -15
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  br label %v25_entry
v25_entry:
  br i1 %v18, label %v25_load, label %v25_exit
v25_load:
  %v25_yes = load float, float* %v24
  br label %v25_exit
v25_exit:
  %v25 = phi float [%v25_yes, %v25_load], [0.0, %v25_entry]
  %v26 = add nsw i32 %v22, -14
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  br label %v28_entry
v28_entry:
  br i1 %v12, label %v28_load, label %v28_exit
v28_load:
  %v28_yes = load float, float* %v27
  br label %v28_exit
v28_exit:
  %v28 = phi float [%v28_yes, %v28_load], [0.0, %v28_entry]
  %v29 = add nsw i32 %v22, -1
  %v30 = getelementptr inbounds float, float* %data1, i32 %v29
  br label %v31_entry
v31_entry:
  br i1 %v17, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v30
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = getelementptr inbounds float, float* %data1, i32 %v22
  %v33 = load float, float* %v32
  %v34_0 = insertelement <4 x float> poison, float %v25, i32 0
  %v34_1 = insertelement <4 x float> %v34_0, float %v28, i32 1
  %v34_2 = insertelement <4 x float> %v34_1, float %v31, i32 2
  %v34 = insertelement <4 x float> %v34_2, float %v33, i32 3
  %v35 = shl i32 %v19, 2
  %v36 = add nsw i32 %v15, %v35
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  store <4 x float> %v34, <4 x float>* %v37
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