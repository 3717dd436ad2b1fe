define void @E_128_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2) #0
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
  %v1 = shl i32 %v0, 10
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v2 = phi i32 [ 0, %loop_entry_1 ], [ %v2phi, %loop_footer_1 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 64
  br i1 %v2cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v3 = shl i32 %v2, 4
  %v4 = shl i32 %v2, 11
  br label %loop_entry_2_0
loop_entry_2_0:
  br label %loop_latch_2_0
loop_latch_2_0:
  %v5 = phi i32 [ 0, %loop_entry_2_0 ], [ %v5phi, %loop_footer_2_0 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 2
  br i1 %v5cmp, label %loop_body_2_0, label %loop_exit_2_0
loop_body_2_0:
  %v6 = shl i32 %v5, 3
  %v7 = shl i32 %v5, 8
  br label %loop_entry_2_1
loop_entry_2_1:
  br label %loop_latch_2_1
loop_latch_2_1:
  %v8 = phi i32 [ 0, %loop_entry_2_1 ], [ %v8phi, %loop_footer_2_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 2
  br i1 %v8cmp, label %loop_body_2_1, label %loop_exit_2_1
loop_body_2_1:
  %v9 = shl i32 %v8, 2
  %v10 = add nsw i32 %v6, %v9
  %v11 = shl i32 %v8, 10
  br label %loop_entry_3_0
loop_entry_3_0:
  br label %loop_latch_3_0
loop_latch_3_0:
  %v12 = phi i32 [ 0, %loop_entry_3_0 ], [ %v12phi, %loop_footer_3_0 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 2
  br i1 %v12cmp, label %loop_body_3_0, label %loop_exit_3_0
loop_body_3_0:
  %v13 = shl i32 %v12, 7
  %v14 = add nsw i32 %v13, %v0
  %v15 = add nsw i32 %v14, %v7
  %v16 = shl i32 %v12, 1
  br label %loop_entry_3_1
loop_entry_3_1:
  br label %loop_latch_3_1
loop_latch_3_1:
  %v17 = phi i32 [ 0, %loop_entry_3_1 ], [ %v17phi, %loop_footer_3_1 ]
  %v17phi = add i32 %v17, 1
  %v17cmp = icmp ult i32 %v17, 2
  br i1 %v17cmp, label %loop_body_3_1, label %loop_exit_3_1
loop_body_3_1:
  %v18 = add nsw i32 %v16, %v17
  %v19 = add nsw i32 %v10, %v18
  %v20 = add nsw i32 %v19, %v3
  %v21 = add nsw i32 %v20, %v1
  %v22 = getelementptr inbounds float, float* %data0, i32 %v21
  %v23 = load float, float* %v22
  %v24 = shl i32 %v17, 9
  %v25 = add nsw i32 %v11, %v24
  %v26 = add nsw i32 %v25, %v4
  %v27 = add nsw i32 %v26, %v15
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data2, i32 %v27
  %v31 = load float, float* %v30
  %v32 = fadd nsz arcp contract afn float %v29, %v31
  %v33 = fmul nsz arcp contract afn float 0.10000000149011612, %v32
  %v34 = fmul nsz arcp contract afn float 0.8999999761581421, %v23
  %v35 = fadd nsz arcp contract afn float %v34, %v33
  store float %v35, float* %v22
  br label %loop_footer_3_1
loop_footer_3_1:
  br label %loop_latch_3_1
loop_exit_3_1:
  br label %loop_footer_3_0
loop_footer_3_0:
  br label %loop_latch_3_0
loop_exit_3_0:
  br label %loop_footer_2_1
loop_footer_2_1:
  br label %loop_latch_2_1
loop_exit_2_1:
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