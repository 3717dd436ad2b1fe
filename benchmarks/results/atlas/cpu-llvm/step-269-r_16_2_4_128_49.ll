define void @r_16_2_4_128_49(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %reg_0 = alloca [4 x float]
  %v1 = mul i32 %data2, 3136
  %v2 = shl i32 %data2, 6
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v3 = phi i32 [ 0, %loop_entry_3 ], [ %v3phi, %loop_footer_3 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = getelementptr inbounds float, float* %reg_0, i32 1
  %v6 = getelementptr inbounds float, float* %reg_0, i32 2
  %v7 = getelementptr inbounds float, float* %reg_0, i32 3
  %v8 = mul i32 %v3, 196
  %v9 = add nsw i32 %v1, %v8
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  store float 0.0, float* %v7
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v14 = phi i32 [ 0, %loop_entry_0 ], [ %v14phi, %loop_footer_0 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 128
  br i1 %v14cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v15 = mul i32 %v14, 6272
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v16 = phi i32 [ 0, %loop_entry_1 ], [ %v16phi, %loop_footer_1 ]
  %v16phi = add i32 %v16, 1
  %v16cmp = icmp ult i32 %v16, 49
  br i1 %v16cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v17 = add nsw i32 %v9, %v16
  %v18 = add nsw i32 %v17, %v15
  %v19 = add nsw i32 %v18, 49
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v18, 98
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load float, float* %v23
  %v25 = add nsw i32 %v18, 147
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data1, i32 %v18
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %reg_0, i32 0
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %reg_0, i32 1
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %reg_0, i32 2
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %reg_0, i32 3
  %v37 = load float, float* %v36
  %v38 = fadd nsz arcp contract afn float %v31, %v29
  %v39 = fadd nsz arcp contract afn float %v33, %v21
  %v40 = fadd nsz arcp contract afn float %v35, %v24
  %v41 = fadd nsz arcp contract afn float %v37, %v27
  store float %v38, float* %v30
  store float %v39, float* %v32
  store float %v40, float* %v34
  store float %v41, float* %v36
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v48 = getelementptr inbounds float, float* %reg_0, i32 0
  %v49 = load float, float* %v48
  %v50 = getelementptr inbounds float, float* %reg_0, i32 1
  %v51 = load float, float* %v50
  %v52 = getelementptr inbounds float, float* %reg_0, i32 2
  %v53 = load float, float* %v52
  %v54 = getelementptr inbounds float, float* %reg_0, i32 3
  %v55 = load float, float* %v54
  %v56 = fmul nsz arcp contract afn float %v49, -0.0001594387722434476
  %v57 = fmul nsz arcp contract afn float %v51, -0.0001594387722434476
  %v58 = fmul nsz arcp contract afn float %v53, -0.0001594387722434476
  %v59 = fmul nsz arcp contract afn float %v55, -0.0001594387722434476
  %v60_0 = insertelement <4 x float> poison, float %v56, i32 0
  %v60_1 = insertelement <4 x float> %v60_0, float %v57, i32 1
  %v60_2 = insertelement <4 x float> %v60_1, float %v58, i32 2
  %v60 = insertelement <4 x float> %v60_2, float %v59, i32 3
  %v61 = shl i32 %v3, 2
  %v62 = add nsw i32 %v2, %v61
  %v63 = getelementptr inbounds float, float* %data0, i32 %v62
  store <4 x float> %v60, <4 x float>* %v63
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }