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
  %v8 = icmp slt i32 0, %v3
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
  %v11 = add nsw i32 %v10, -14
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  br label %v13_entry
v13_entry:
  br i1 %v8, label %v13_load, label %v13_exit
v13_load:
  %v13_yes = load float, float* %v12
  br label %v13_exit
v13_exit:
  %v13 = phi float [%v13_yes, %v13_load], [0.0, %v13_entry]
  %v14 = add nsw i32 %v10, -13
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = icmp slt i32 %v9, 13
  %v17 = and i1 %v16, %v8
  br label %v18_entry
v18_entry:
  br i1 %v17, label %v18_load, label %v18_exit
v18_load:
  %v18_yes = load float, float* %v15
  br label %v18_exit
v18_exit:
  %v18 = phi float [%v18_yes, %v18_load], [0.0, %v18_entry]
  %v19 = add nsw i32 %v10, 1
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  br label %v21_entry
v21_entry:
  br i1 %v16, label %v21_load, label %v21_exit
v21_load:
  %v21_yes = load float, float* %v20
  br label %v21_exit
v21_exit:
  %v21 = phi float [%v21_yes, %v21_load], [0.0, %v21_entry]
  %v22 = getelementptr inbounds float, float* %data1, i32 %v10
  %v23 = load float, float* %v22
  %v24_0 = insertelement <4 x float> poison, float %v13, i32 0
  %v24_1 = insertelement <4 x float> %v24_0, float %v18, i32 1
  %v24_2 = insertelement <4 x float> %v24_1, float %v23, i32 2
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