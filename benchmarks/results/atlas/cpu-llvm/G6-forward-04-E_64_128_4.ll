define void @E_64_128_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 64
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 4
  %v2 = shl i32 %v0, 9
  br label %loop_entry_1_0
loop_entry_1_0:
  br label %loop_latch_1_0
loop_latch_1_0:
  %v3 = phi i32 [ 0, %loop_entry_1_0 ], [ %v3phi, %loop_footer_1_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 128
  br i1 %v3cmp, label %loop_body_1_0, label %loop_exit_1_0
loop_body_1_0:
  %v4 = shl i32 %v3, 10
  %v5 = add nsw i32 %v1, %v4
  %v6 = add nsw i32 %v5, 1
  %v7 = getelementptr inbounds float, float* %data1, i32 %v6
  %v8 = load float, float* %v7
  %v9 = add nsw i32 %v5, 3
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load float, float* %v10
  %v12 = add nsw i32 %v5, 9
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v5, 11
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18_0 = insertelement <4 x float> poison, float %v17, i32 0
  %v18_1 = insertelement <4 x float> %v18_0, float %v14, i32 1
  %v18_2 = insertelement <4 x float> %v18_1, float %v11, i32 2
  %v18 = insertelement <4 x float> %v18_2, float %v8, i32 3
  %v19 = shl i32 %v3, 2
  %v20 = add nsw i32 %v2, %v19
  %v21 = getelementptr inbounds float, float* %data0, i32 %v20
  store <4 x float> %v18, <4 x float>* %v21
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