define void @E_128_14_14(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
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
  %v1 = mul i32 %v0, 196
  %v2 = mul i32 %v0, 784
  %v3 = mul i32 %v0, 900
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v4 = phi i32 [ 0, %loop_entry_1 ], [ %v4phi, %loop_footer_1 ]
  %v4phi = add i32 %v4, 1
  %v4cmp = icmp ult i32 %v4, 14
  br i1 %v4cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v5 = mul i32 %v4, 14
  %v6 = mul i32 %v4, 56
  %v7 = mul i32 %v4, 60
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v8 = phi i32 [ 0, %loop_entry_2 ], [ %v8phi, %loop_footer_2 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 14
  br i1 %v8cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v9 = shl i32 %v8, 2
  %v10 = add nsw i32 %v7, %v9
  %v11 = add nsw i32 %v10, %v3
  %v12 = add nsw i32 %v11, 6
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = shl i32 %v8, 1
  %v16 = add nsw i32 %v6, %v15
  %v17 = add nsw i32 %v16, %v2
  %v18 = add nsw i32 %v17, 1
  %v19 = getelementptr inbounds float, float* %data2, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v5, %v8
  %v22 = add nsw i32 %v21, %v1
  %v23 = getelementptr inbounds float, float* %data0, i32 %v22
  %v24 = fadd nsz arcp contract afn float 1.0, %v20
  %v25 = fdiv nsz arcp contract afn float -1.0, %v24
  %v26 = fadd nsz arcp contract afn float 1.0, %v25
  %v27 = fdiv nsz arcp contract afn float %v14, %v24
  %v28 = fmul nsz arcp contract afn float %v27, %v26
  %v29 = fmul nsz arcp contract afn float %v28, 4.0
  store float %v29, float* %v23
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