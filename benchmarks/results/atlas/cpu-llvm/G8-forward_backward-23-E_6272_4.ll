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
  %v2 = add nsw i32 %v1, 50176
  %v3 = getelementptr inbounds float, float* %data1, i32 %v2
  %v4 = load float, float* %v3
  %v5 = add nsw i32 %v1, 50178
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load float, float* %v6
  %v8 = add nsw i32 %v1, 50180
  %v9 = getelementptr inbounds float, float* %data1, i32 %v8
  %v10 = load float, float* %v9
  %v11 = add nsw i32 %v1, 50182
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14_0 = insertelement <4 x float> poison, float %v4, i32 0
  %v14_1 = insertelement <4 x float> %v14_0, float %v7, i32 1
  %v14_2 = insertelement <4 x float> %v14_1, float %v10, i32 2
  %v14 = insertelement <4 x float> %v14_2, float %v13, i32 3
  %v15 = shl i32 %v0, 2
  %v16 = getelementptr inbounds float, float* %data0, i32 %v15
  store <4 x float> %v14, <4 x float>* %v16
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }