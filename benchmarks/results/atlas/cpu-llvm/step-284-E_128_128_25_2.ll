define void @E_128_128_25_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 409600
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 128
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 3200
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v5 = phi i32 [ 0, %loop_entry_1 ], [ %v5phi, %loop_footer_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 128
  br i1 %v5cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v6 = mul i32 %v5, 25
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v7 = phi i32 [ 0, %loop_entry_2 ], [ %v7phi, %loop_footer_2 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 25
  br i1 %v7cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v8 = add nsw i32 %v6, %v7
  %v9 = add nsw i32 %v4, %v8
  %v10 = getelementptr inbounds float, float* %data0, i32 %v9
  %v11 = load float, float* %v10
  %v12 = mul i32 %v7, -128
  %v13 = add nsw i32 %v12, %v5
  %v14 = add nsw i32 %v4, %v13
  %v15 = add nsw i32 %v14, 3072
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = fmul nsz arcp contract afn float %v17, %v17
  %v19 = fmul nsz arcp contract afn float 0.0010000000474974513, %v18
  %v20 = fmul nsz arcp contract afn float 0.9990000128746033, %v11
  %v21 = fadd nsz arcp contract afn float %v20, %v19
  store float %v21, float* %v10
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
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