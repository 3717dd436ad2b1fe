define void @E_128_14_14_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v0 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v0phi, %loop_footer_0_0_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 128
  br i1 %v0cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v1 = mul i32 %v0, 196
  %v2 = mul i32 %v0, 784
  br label %loop_entry_0_0_1
loop_entry_0_0_1:
  br label %loop_latch_0_0_1
loop_latch_0_0_1:
  %v3 = phi i32 [ 0, %loop_entry_0_0_1 ], [ %v3phi, %loop_footer_0_0_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 14
  br i1 %v3cmp, label %loop_body_0_0_1, label %loop_exit_0_0_1
loop_body_0_0_1:
  %v4 = mul i32 %v3, 14
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 56
  %v7 = add nsw i32 %v2, %v6
  %v8 = icmp slt i32 %v3, 13
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v9 = phi i32 [ 0, %loop_entry_0_1 ], [ %v9phi, %loop_footer_0_1 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 14
  br i1 %v9cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v10 = add nsw i32 %v5, %v9
  %v11 = add nsw i32 %v10, 1
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = icmp slt i32 %v9, 13
  br label %v14_entry
v14_entry:
  br i1 %v13, label %v14_load, label %v14_exit
v14_load:
  %v14_yes = load float, float* %v12
  br label %v14_exit
v14_exit:
  %v14 = phi float [%v14_yes, %v14_load], [0.0, %v14_entry]
  %v15 = add nsw i32 %v10, 14
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  br label %v17_entry
v17_entry:
  br i1 %v8, label %v17_load, label %v17_exit
v17_load:
  %v17_yes = load float, float* %v16
  br label %v17_exit
v17_exit:
  %v17 = phi float [%v17_yes, %v17_load], [0.0, %v17_entry]
  %v18 = add nsw i32 %v10, 15
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = and i1 %v13, %v8
  br label %v21_entry
v21_entry:
  br i1 %v20, label %v21_load, label %v21_exit
v21_load:
  %v21_yes = load float, float* %v19
  br label %v21_exit
v21_exit:
  %v21 = phi float [%v21_yes, %v21_load], [0.0, %v21_entry]
  %v22 = getelementptr inbounds float, float* %data1, i32 %v10
  %v23 = load float, float* %v22
  %v24_0 = insertelement <4 x float> poison, float %v23, i32 0
  %v24_1 = insertelement <4 x float> %v24_0, float %v14, i32 1
  %v24_2 = insertelement <4 x float> %v24_1, float %v17, i32 2
  %v24 = insertelement <4 x float> %v24_2, float %v21, i32 3
  %v25 = shl i32 %v9, 2
  %v26 = add nsw i32 %v7, %v25
  %v27 = getelementptr inbounds float, float* %data0, i32 %v26
  store <4 x float> %v24, <4 x float>* %v27
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