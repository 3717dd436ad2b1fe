define void @E_16_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 16
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 2
  %v2 = getelementptr inbounds float, float* %data0, i32 %v1
  %v3 = load <4 x float>, <4 x float>* %v2
  %v4 = getelementptr inbounds float, float* %data1, i32 %v1
  %v5 = load <4 x float>, <4 x float>* %v4
  %v6 = extractelement <4 x float> %v3, i32 0
  %v7 = extractelement <4 x float> %v3, i32 1
  %v8 = extractelement <4 x float> %v3, i32 2
  %v9 = extractelement <4 x float> %v3, i32 3
  %v10 = extractelement <4 x float> %v5, i32 0
  %v11 = extractelement <4 x float> %v5, i32 1
  %v12 = extractelement <4 x float> %v5, i32 2
  %v13 = extractelement <4 x float> %v5, i32 3
  %v14 = fmul nsz arcp contract afn float %v10, %v10
  %v15 = fmul nsz arcp contract afn float 0.0010000000474974513, %v14
  %v16 = fmul nsz arcp contract afn float 0.9990000128746033, %v6
  %v17 = fadd nsz arcp contract afn float %v16, %v15
  %v18 = fmul nsz arcp contract afn float %v11, %v11
  %v19 = fmul nsz arcp contract afn float 0.0010000000474974513, %v18
  %v20 = fmul nsz arcp contract afn float 0.9990000128746033, %v7
  %v21 = fadd nsz arcp contract afn float %v20, %v19
  %v22 = fmul nsz arcp contract afn float %v12, %v12
  %v23 = fmul nsz arcp contract afn float 0.0010000000474974513, %v22
  %v24 = fmul nsz arcp contract afn float 0.9990000128746033, %v8
  %v25 = fadd nsz arcp contract afn float %v24, %v23
  %v26 = fmul nsz arcp contract afn float %v13, %v13
  %v27 = fmul nsz arcp contract afn float 0.0010000000474974513, %v26
  %v28 = fmul nsz arcp contract afn float 0.9990000128746033, %v9
  %v29 = fadd nsz arcp contract afn float %v28, %v27
  %v30_0 = insertelement <4 x float> poison, float %v17, i32 0
  %v30_1 = insertelement <4 x float> %v30_0, float %v21, i32 1
  %v30_2 = insertelement <4 x float> %v30_1, float %v25, i32 2
  %v30 = insertelement <4 x float> %v30_2, float %v29, i32 3
  store <4 x float> %v30, <4 x float>* %v2
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }