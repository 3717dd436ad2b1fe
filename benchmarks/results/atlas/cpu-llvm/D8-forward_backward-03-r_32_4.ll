define void @r_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %reg_0 = alloca [1 x float]
  %v0 = getelementptr inbounds float, float* %reg_0, i32 0
  store float 0.0, float* %v0
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 32
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = load float, float* %v3
  %v5 = shl i32 %v2, 2
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load <4 x float>, <4 x float>* %v6
  %v8 = extractelement <4 x float> %v7, i32 0
  %v9 = extractelement <4 x float> %v7, i32 1
  %v10 = extractelement <4 x float> %v7, i32 2
  %v11 = extractelement <4 x float> %v7, i32 3
  %v12 = fadd nsz arcp contract afn float %v8, %v9
  %v13 = fadd nsz arcp contract afn float %v12, %v10
  %v14 = fadd nsz arcp contract afn float %v13, %v11
  %v15 = fadd nsz arcp contract afn float %v4, %v14
  store float %v15, float* %v3
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v18 = getelementptr inbounds float, float* %reg_0, i32 0
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data0, i32 0
  store float %v19, float* %v20
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }