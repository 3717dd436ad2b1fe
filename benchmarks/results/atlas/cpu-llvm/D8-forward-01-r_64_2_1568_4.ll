define void @r_64_2_1568_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, i32 %data4) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = getelementptr inbounds float, float* %data3, i32 0
  %v2 = load float, float* %v1
  %v3 = mul i32 %data4, 401408
  %v4 = shl i32 %data4, 6
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v5 = phi i32 [ 0, %loop_entry_1 ], [ %v5phi, %loop_footer_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 64
  br i1 %v5cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v6 = getelementptr inbounds float, float* %reg_0, i32 0
  %v7 = mul i32 %v5, 6272
  %v8 = add nsw i32 %v3, %v7
  store float 0.0, float* %v6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v10 = phi i32 [ 0, %loop_entry_0 ], [ %v10phi, %loop_footer_0 ]
  %v10phi = add i32 %v10, 1
  %v10cmp = icmp ult i32 %v10, 1568
  br i1 %v10cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v11 = getelementptr inbounds float, float* %reg_0, i32 0
  %v12 = load float, float* %v11
  %v13 = shl i32 %v10, 2
  %v14 = add nsw i32 %v8, %v13
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load <4 x float>, <4 x float>* %v15
  %v17 = getelementptr inbounds float, float* %data2, i32 %v13
  %v18 = load <4 x float>, <4 x float>* %v17
  %v19 = extractelement <4 x float> %v16, i32 0
  %v20 = extractelement <4 x float> %v16, i32 1
  %v21 = extractelement <4 x float> %v16, i32 2
  %v22 = extractelement <4 x float> %v16, i32 3
  %v23 = extractelement <4 x float> %v18, i32 0
  %v24 = extractelement <4 x float> %v18, i32 1
  %v25 = extractelement <4 x float> %v18, i32 2
  %v26 = extractelement <4 x float> %v18, i32 3
  %v27 = fmul nsz arcp contract afn float %v19, %v23
  %v28 = fmul nsz arcp contract afn float %v20, %v24
  %v29 = fadd nsz arcp contract afn float %v27, %v28
  %v30 = fmul nsz arcp contract afn float %v21, %v25
  %v31 = fadd nsz arcp contract afn float %v29, %v30
  %v32 = fmul nsz arcp contract afn float %v22, %v26
  %v33 = fadd nsz arcp contract afn float %v31, %v32
  %v34 = fadd nsz arcp contract afn float %v12, %v33
  store float %v34, float* %v11
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v37 = getelementptr inbounds float, float* %reg_0, i32 0
  %v38 = load float, float* %v37
  %v39 = add nsw i32 %v4, %v5
  %v40 = getelementptr inbounds float, float* %data0, i32 %v39
  %v41 = fadd nsz arcp contract afn float %v38, %v2
  store float %v41, float* %v40
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }