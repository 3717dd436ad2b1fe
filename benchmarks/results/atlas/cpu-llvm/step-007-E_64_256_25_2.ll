define void @E_64_256_25_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 1600
  %v2 = mul i32 %data2, 409600
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 25
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 6400
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0 ], [ %v8phi, %loop_footer_1_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 256
  br i1 %v8cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v9 = mul i32 %v8, 25
  %v10 = mul i32 %v8, 3200
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v11 = phi i32 [ 0, %loop_entry_1_1 ], [ %v11phi, %loop_footer_1_1 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 25
  br i1 %v11cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v12 = mul i32 %v11, -1
  %v13 = add nsw i32 %v5, %v12
  %v14 = add nsw i32 %v13, %v10
  %v15 = add nsw i32 %v14, 24
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v9, %v11
  %v19 = add nsw i32 %v7, %v18
  %v20 = getelementptr inbounds float, float* %data0, i32 %v19
  store float %v17, float* %v20
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0
loop_footer_1_0:
  br label %loop_latch_1_0
loop_exit_1_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }