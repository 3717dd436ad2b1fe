define void @E_32_128_14_14_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 6272
  %v2 = mul i32 %data2, 3211264
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 32
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 196
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 100352
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 128
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = mul i32 %v8, 196
  %v10 = mul i32 %v8, 12544
  br label %loop_entry_1_0_1
loop_entry_1_0_1:
  br label %loop_latch_1_0_1
loop_latch_1_0_1:
  %v11 = phi i32 [ 0, %loop_entry_1_0_1 ], [ %v11phi, %loop_footer_1_0_1 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 14
  br i1 %v11cmp, label %loop_body_1_0_1, label %loop_exit_1_0_1
loop_body_1_0_1:
  %v12 = mul i32 %v11, 14
  %v13 = add nsw i32 %v9, %v12
  %v14 = icmp slt i32 0, %v11
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v15 = phi i32 [ 0, %loop_entry_1_1 ], [ %v15phi, %loop_footer_1_1 ]
  %v15phi = add i32 %v15, 1
  %v15cmp = icmp ult i32 %v15, 14
  br i1 %v15cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v16 = add nsw i32 %v12, %v15
  %v17 = add nsw i32 %v5, %v16
  %v18 = add nsw i32 %v17, %v10
  %v19 = add nsw i32 %v18, -15
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = icmp slt i32 0, %v15
  %v22 = and i1 %v14, %v21
  br label %v23_entry
v23_entry:
  br i1 %v22, label %v23_load, label %v23_exit
v23_load:
  %v23_yes = load float, float* %v20
  br label %v23_exit
v23_exit:
  %v23 = phi float [%v23_yes, %v23_load], [0.0, %v23_entry]
  %v24 = add nsw i32 %v18, -14
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  br label %v26_entry
v26_entry:
  br i1 %v14, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v25
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = add nsw i32 %v18, -1
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  br label %v29_entry
v29_entry:
  br i1 %v21, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load float, float* %v28
  br label %v29_exit
v29_exit:
  %v29 = phi float [%v29_yes, %v29_load], [0.0, %v29_entry]
  %v30 = getelementptr inbounds float, float* %data1, i32 %v18
  %v31 = load float, float* %v30
  %v32 = add nsw i32 %v13, %v15
  %v33 = add nsw i32 %v32, %v7
  %v34 = add nsw i32 %v33, 25088
  %v35 = getelementptr inbounds float, float* %data0, i32 %v34
  %v36 = add nsw i32 %v33, 50176
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  %v38 = add nsw i32 %v33, 75264
  %v39 = getelementptr inbounds float, float* %data0, i32 %v38
  %v40 = getelementptr inbounds float, float* %data0, i32 %v33
  store float %v26, float* %v35
  store float %v29, float* %v37
  store float %v31, float* %v39
  store float %v23, float* %v40
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
  br label %loop_footer_0_0_0
loop_footer_0_0_0:
  br label %loop_latch_0_0_0
loop_exit_0_0_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }