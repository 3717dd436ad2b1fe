define void @E_28672_7_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 200704
  %v2 = mul i32 %data2, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 28672
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 7
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 28
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v8 = phi i32 [ 0, %loop_entry_3 ], [ %v8phi, %loop_footer_3 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 7
  br i1 %v8cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v9 = shl i32 %v8, 1
  %v10 = add nsw i32 %v7, %v9
  %v11 = add nsw i32 %v10, 14
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v5, %v8
  %v15 = getelementptr inbounds float, float* %data0, i32 %v14
  store float %v13, float* %v15
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }