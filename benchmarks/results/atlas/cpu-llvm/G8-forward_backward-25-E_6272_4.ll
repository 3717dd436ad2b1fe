define void @E_6272_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 6272
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 3
  %v2 = add nsw i32 %v1, 2
  %v3 = getelementptr inbounds float, float* %data1, i32 %v2
  %v4 = load float, float* %v3
  %v5 = add nsw i32 %v1, 4
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load float, float* %v6
  %v8 = add nsw i32 %v1, 6
  %v9 = getelementptr inbounds float, float* %data1, i32 %v8
  %v10 = load float, float* %v9
  %v11 = getelementptr inbounds float, float* %data1, i32 %v1
  %v12 = load float, float* %v11
  %v13_0 = insertelement <4 x float> poison, float %v12, i32 0
  %v13_1 = insertelement <4 x float> %v13_0, float %v4, i32 1
  %v13_2 = insertelement <4 x float> %v13_1, float %v7, i32 2
  %v13 = insertelement <4 x float> %v13_2, float %v10, i32 3
  %v14 = shl i32 %v0, 2
  %v15 = getelementptr inbounds float, float* %data0, i32 %v14
  store <4 x float> %v13, <4 x float>* %v15
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }