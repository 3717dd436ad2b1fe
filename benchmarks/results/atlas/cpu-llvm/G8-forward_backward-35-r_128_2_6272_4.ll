define void @r_128_2_6272_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data3, 3211264
  %v2 = shl i32 %data3, 7
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 128
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = mul i32 %v3, 25088
  %v6 = add nsw i32 %v1, %v5
  store float 0.0, float* %v4
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v8 = phi i32 [ 0, %loop_entry_0 ], [ %v8phi, %loop_footer_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 6272
  br i1 %v8cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v9 = getelementptr inbounds float, float* %reg_0, i32 0
  %v10 = load float, float* %v9
  %v11 = shl i32 %v8, 2
  %v12 = add nsw i32 %v6, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load <4 x float>, <4 x float>* %v13
  %v15 = getelementptr inbounds float, float* %data2, i32 %v11
  %v16 = load <4 x float>, <4 x float>* %v15
  %v17 = extractelement <4 x float> %v14, i32 0
  %v18 = extractelement <4 x float> %v14, i32 1
  %v19 = extractelement <4 x float> %v14, i32 2
  %v20 = extractelement <4 x float> %v14, i32 3
  %v21 = extractelement <4 x float> %v16, i32 0
  %v22 = extractelement <4 x float> %v16, i32 1
  %v23 = extractelement <4 x float> %v16, i32 2
  %v24 = extractelement <4 x float> %v16, i32 3
  %v25 = fmul nsz arcp contract afn float %v17, %v21
  %v26 = fmul nsz arcp contract afn float %v18, %v22
  %v27 = fadd nsz arcp contract afn float %v25, %v26
  %v28 = fmul nsz arcp contract afn float %v19, %v23
  %v29 = fadd nsz arcp contract afn float %v27, %v28
  %v30 = fmul nsz arcp contract afn float %v20, %v24
  %v31 = fadd nsz arcp contract afn float %v29, %v30
  %v32 = fadd nsz arcp contract afn float %v10, %v31
  store float %v32, float* %v9
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v35 = getelementptr inbounds float, float* %reg_0, i32 0
  %v36 = load float, float* %v35
  %v37 = add nsw i32 %v2, %v3
  %v38 = getelementptr inbounds float, float* %data0, i32 %v37
  store float %v36, float* %v38
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }