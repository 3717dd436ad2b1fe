define void @E_32_4(float* noalias align 32 %data0) #0
{
  %v0_0 = insertelement <4 x float> poison, float 1.0, i32 0
  %v0_1 = insertelement <4 x float> %v0_0, float 1.0, i32 1
  %v0_2 = insertelement <4 x float> %v0_1, float 1.0, i32 2
  %v0 = insertelement <4 x float> %v0_2, float 1.0, i32 3
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v1 = phi i32 [ 0, %loop_entry_0 ], [ %v1phi, %loop_footer_0 ]
  %v1phi = add i32 %v1, 1
  %v1cmp = icmp ult i32 %v1, 32
  br i1 %v1cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v2 = shl i32 %v1, 2
  %v3 = getelementptr inbounds float, float* %data0, i32 %v2
  store <4 x float> %v0, <4 x float>* %v3
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }