define void @E_128_15_15_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 128
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = mul i32 %v0, 784
  %v2 = mul i32 %v0, 900
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v3 = phi i32 [ 0, %loop_entry_2 ], [ %v3phi, %loop_footer_2 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 15
  br i1 %v3cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v4 = mul i32 %v3, 15
  %v5 = mul i32 %v3, 56
  %v6 = icmp slt i32 0, %v3
  %v7 = icmp slt i32 %v3, 14
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v8 = phi i32 [ 0, %loop_entry_3 ], [ %v8phi, %loop_footer_3 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 15
  br i1 %v8cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v9 = shl i32 %v8, 1
  %v10 = add nsw i32 %v5, %v9
  %v11 = add nsw i32 %v10, %v1
  %v12 = add nsw i32 %v11, -29
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = icmp slt i32 0, %v8
  %v15 = and i1 %v14, %v6
  br label %v16_entry
v16_entry:
  br i1 %v15, label %v16_load, label %v16_exit
v16_load:
  %v16_yes = load float, float* %v13
  br label %v16_exit
v16_exit:
  %v16 = phi float [%v16_yes, %v16_load], [0.0, %v16_entry]
  %v17 = add nsw i32 %v11, -28
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = icmp slt i32 %v8, 14
  %v20 = and i1 %v19, %v6
  br label %v21_entry
v21_entry:
  br i1 %v20, label %v21_load, label %v21_exit
v21_load:
  %v21_yes = load float, float* %v18
  br label %v21_exit
v21_exit:
  %v21 = phi float [%v21_yes, %v21_load], [0.0, %v21_entry]
  %v22 = add nsw i32 %v11, -1
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = and i1 %v14, %v7
  br label %v25_entry
v25_entry:
  br i1 %v24, label %v25_load, label %v25_exit
v25_load:
  %v25_yes = load float, float* %v23
  br label %v25_exit
v25_exit:
  %v25 = phi float [%v25_yes, %v25_load], [0.0, %v25_entry]
  %v26 = getelementptr inbounds float, float* %data1, i32 %v11
  %v27 = and i1 %v19, %v7
  br label %v28_entry
v28_entry:
  br i1 %v27, label %v28_load, label %v28_exit
v28_load:
  %v28_yes = load float, float* %v26
  br label %v28_exit
v28_exit:
  %v28 = phi float [%v28_yes, %v28_load], [0.0, %v28_entry]
  %v29 = add nsw i32 %v4, %v8
  %v30 = add nsw i32 %v29, %v2
  %v31 = add nsw i32 %v30, 225
  %v32 = getelementptr inbounds float, float* %data0, i32 %v31
  %v33 = add nsw i32 %v30, 450
  %v34 = getelementptr inbounds float, float* %data0, i32 %v33
  %v35 = add nsw i32 %v30, 675
  %v36 = getelementptr inbounds float, float* %data0, i32 %v35
  %v37 = getelementptr inbounds float, float* %data0, i32 %v30
  store float %v21, float* %v32
  store float %v25, float* %v34
  store float %v28, float* %v36
  store float %v16, float* %v37
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }