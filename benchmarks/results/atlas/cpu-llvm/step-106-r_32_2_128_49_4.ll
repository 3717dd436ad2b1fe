define void @r_32_2_128_49_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data3, 6272
  %v2 = shl i32 %data3, 5
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v3 = phi i32 [ 0, %loop_entry_3 ], [ %v3phi, %loop_footer_3 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 32
  br i1 %v3cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v4 = add nsw i32 %v2, %v3
  %v5 = getelementptr inbounds float, float* %data2, i32 %v4
  %v6 = load float, float* %v5
  %v7 = getelementptr inbounds float, float* %reg_0, i32 0
  %v8 = mul i32 %v3, 196
  %v9 = add nsw i32 %v1, %v8
  %v10 = fmul nsz arcp contract afn float %v6, -1.0
  store float 0.0, float* %v7
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v12 = phi i32 [ 0, %loop_entry_0 ], [ %v12phi, %loop_footer_0 ]
  %v12phi = add i32 %v12, 1
  %v12cmp = icmp ult i32 %v12, 128
  br i1 %v12cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v13 = mul i32 %v12, 12544
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v14 = phi i32 [ 0, %loop_entry_1 ], [ %v14phi, %loop_footer_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 49
  br i1 %v14cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v15 = getelementptr inbounds float, float* %reg_0, i32 0
  %v16 = load float, float* %v15
  %v17 = shl i32 %v14, 2
  %v18 = add nsw i32 %v9, %v17
  %v19 = add nsw i32 %v18, %v13
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load <4 x float>, <4 x float>* %v20
  %v22 = extractelement <4 x float> %v21, i32 0
  %v23 = extractelement <4 x float> %v21, i32 1
  %v24 = extractelement <4 x float> %v21, i32 2
  %v25 = extractelement <4 x float> %v21, i32 3
  %v26 = fadd nsz arcp contract afn float %v22, %v10
  %v27 = fadd nsz arcp contract afn float %v23, %v10
  %v28 = fadd nsz arcp contract afn float %v24, %v10
  %v29 = fadd nsz arcp contract afn float %v25, %v10
  %v30 = fmul nsz arcp contract afn float %v26, %v26
  %v31 = fmul nsz arcp contract afn float %v27, %v27
  %v32 = fadd nsz arcp contract afn float %v30, %v31
  %v33 = fmul nsz arcp contract afn float %v28, %v28
  %v34 = fadd nsz arcp contract afn float %v32, %v33
  %v35 = fmul nsz arcp contract afn float %v29, %v29
  %v36 = fadd nsz arcp contract afn float %v34, %v35
  %v37 = fadd nsz arcp contract afn float %v16, %v36
  store float %v37, float* %v15
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v41 = getelementptr inbounds float, float* %reg_0, i32 0
  %v42 = load float, float* %v41
  %v43 = getelementptr inbounds float, float* %data0, i32 %v4
  %v44 = fmul nsz arcp contract afn float %v42, 3.98596930608619e-05
  store float %v44, float* %v43
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }