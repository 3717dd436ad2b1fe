define void @r_64_2_1568_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, i32 %data4) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = getelementptr inbounds float, float* %data3, i32 0
  %v2 = load float, float* %v1
  %v3 = mul i32 %data4, 401408
  %v4 = fmul nsz arcp contract afn float %v2, -1.0
  %v5 = shl i32 %data4, 6
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v6 = phi i32 [ 0, %loop_entry_1 ], [ %v6phi, %loop_footer_1 ]
  %v6phi = add i32 %v6, 1
  %v6cmp = icmp ult i32 %v6, 64
  br i1 %v6cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v7 = getelementptr inbounds float, float* %reg_0, i32 0
  %v8 = mul i32 %v6, 6272
  %v9 = add nsw i32 %v3, %v8
  store float 0.0, float* %v7
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v11 = phi i32 [ 0, %loop_entry_0 ], [ %v11phi, %loop_footer_0 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 1568
  br i1 %v11cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v12 = getelementptr inbounds float, float* %reg_0, i32 0
  %v13 = load float, float* %v12
  %v14 = shl i32 %v11, 2
  %v15 = add nsw i32 %v9, %v14
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load <4 x float>, <4 x float>* %v16
  %v18 = getelementptr inbounds float, float* %data2, i32 %v14
  %v19 = load <4 x float>, <4 x float>* %v18
  %v20 = extractelement <4 x float> %v17, i32 0
  %v21 = extractelement <4 x float> %v17, i32 1
  %v22 = extractelement <4 x float> %v17, i32 2
  %v23 = extractelement <4 x float> %v17, i32 3
  %v24 = extractelement <4 x float> %v19, i32 0
  %v25 = extractelement <4 x float> %v19, i32 1
  %v26 = extractelement <4 x float> %v19, i32 2
  %v27 = extractelement <4 x float> %v19, i32 3
  %v28 = fmul nsz arcp contract afn float %v20, %v24
  %v29 = fmul nsz arcp contract afn float %v21, %v25
  %v30 = fadd nsz arcp contract afn float %v28, %v29
  %v31 = fmul nsz arcp contract afn float %v22, %v26
  %v32 = fadd nsz arcp contract afn float %v30, %v31
  %v33 = fmul nsz arcp contract afn float %v23, %v27
  %v34 = fadd nsz arcp contract afn float %v32, %v33
  %v35 = fadd nsz arcp contract afn float %v13, %v34
  store float %v35, float* %v12
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v38 = getelementptr inbounds float, float* %reg_0, i32 0
  %v39 = load float, float* %v38
  %v40 = add nsw i32 %v5, %v6
  %v41 = getelementptr inbounds float, float* %data0, i32 %v40
  %v42 = fmul nsz arcp contract afn float %v39, -1.0
  %v43 = fadd nsz arcp contract afn float %v42, %v4
  store float %v43, float* %v41
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }