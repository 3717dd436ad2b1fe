define void @r_32_2_128_49_4(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = mul i32 %data2, 6272
  %v2 = shl i32 %data2, 5
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v3 = phi i32 [ 0, %loop_entry_3 ], [ %v3phi, %loop_footer_3 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 32
  br i1 %v3cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v4 = getelementptr inbounds float, float* %reg_0, i32 0
  %v5 = mul i32 %v3, 196
  %v6 = add nsw i32 %v1, %v5
  store float 0.0, float* %v4
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v8 = phi i32 [ 0, %loop_entry_0 ], [ %v8phi, %loop_footer_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 128
  br i1 %v8cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v9 = mul i32 %v8, 12544
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v10 = phi i32 [ 0, %loop_entry_1 ], [ %v10phi, %loop_footer_1 ]
  %v10phi = add i32 %v10, 1
  %v10cmp = icmp ult i32 %v10, 49
  br i1 %v10cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v11 = getelementptr inbounds float, float* %reg_0, i32 0
  %v12 = load float, float* %v11
  %v13 = shl i32 %v10, 2
  %v14 = add nsw i32 %v6, %v13
  %v15 = add nsw i32 %v14, %v9
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load <4 x float>, <4 x float>* %v16
  %v18 = extractelement <4 x float> %v17, i32 0
  %v19 = extractelement <4 x float> %v17, i32 1
  %v20 = extractelement <4 x float> %v17, i32 2
  %v21 = extractelement <4 x float> %v17, i32 3
  %v22 = fadd nsz arcp contract afn float %v18, %v19
  %v23 = fadd nsz arcp contract afn float %v22, %v20
  %v24 = fadd nsz arcp contract afn float %v23, %v21
  %v25 = fadd nsz arcp contract afn float %v12, %v24
  store float %v25, float* %v11
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v29 = getelementptr inbounds float, float* %reg_0, i32 0
  %v30 = load float, float* %v29
  %v31 = add nsw i32 %v2, %v3
  %v32 = getelementptr inbounds float, float* %data0, i32 %v31
  store float %v30, float* %v32
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }