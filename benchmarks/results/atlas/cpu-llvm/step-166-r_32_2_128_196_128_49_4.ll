define void @r_32_2_128_196_128_49_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %v1 = mul i32 %data3, 6272
  %v2 = shl i32 %data3, 5
  br label %loop_entry_6
loop_entry_6:
  br label %loop_latch_6
loop_latch_6:
  %v3 = phi i32 [ 0, %loop_entry_6 ], [ %v3phi, %loop_footer_6 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 32
  br i1 %v3cmp, label %loop_body_6, label %loop_exit_6
loop_body_6:
  %v4 = getelementptr inbounds float, float* %reg_1, i32 0
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
  %v10cmp = icmp ult i32 %v10, 196
  br i1 %v10cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v11 = add nsw i32 %v6, %v10
  %v12 = add nsw i32 %v11, %v9
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = getelementptr inbounds float, float* %reg_1, i32 0
  %v16 = load float, float* %v15
  %v17 = fadd nsz arcp contract afn float %v16, %v14
  store float %v17, float* %v15
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v21 = getelementptr inbounds float, float* %reg_0, i32 0
  store float 0.0, float* %v21
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v23 = phi i32 [ 0, %loop_entry_3 ], [ %v23phi, %loop_footer_3 ]
  %v23phi = add i32 %v23, 1
  %v23cmp = icmp ult i32 %v23, 128
  br i1 %v23cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v24 = mul i32 %v23, 12544
  br label %loop_entry_4
loop_entry_4:
  br label %loop_latch_4
loop_latch_4:
  %v25 = phi i32 [ 0, %loop_entry_4 ], [ %v25phi, %loop_footer_4 ]
  %v25phi = add i32 %v25, 1
  %v25cmp = icmp ult i32 %v25, 49
  br i1 %v25cmp, label %loop_body_4, label %loop_exit_4
loop_body_4:
  %v26 = getelementptr inbounds float, float* %reg_0, i32 0
  %v27 = load float, float* %v26
  %v28 = shl i32 %v25, 2
  %v29 = add nsw i32 %v6, %v28
  %v30 = add nsw i32 %v29, %v24
  %v31 = getelementptr inbounds float, float* %data2, i32 %v30
  %v32 = load <4 x float>, <4 x float>* %v31
  %v33 = extractelement <4 x float> %v32, i32 0
  %v34 = extractelement <4 x float> %v32, i32 1
  %v35 = extractelement <4 x float> %v32, i32 2
  %v36 = extractelement <4 x float> %v32, i32 3
  %v37 = fadd nsz arcp contract afn float %v33, %v34
  %v38 = fadd nsz arcp contract afn float %v37, %v35
  %v39 = fadd nsz arcp contract afn float %v38, %v36
  %v40 = fadd nsz arcp contract afn float %v27, %v39
  store float %v40, float* %v26
  br label %loop_footer_4
loop_footer_4:
  br label %loop_latch_4
loop_exit_4:
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  %v44 = getelementptr inbounds float, float* %reg_0, i32 0
  %v45 = load float, float* %v44
  %v46 = getelementptr inbounds float, float* %reg_1, i32 0
  %v47 = load float, float* %v46
  %v48 = add nsw i32 %v2, %v3
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  %v50 = fadd nsz arcp contract afn float %v47, %v45
  store float %v50, float* %v49
  br label %loop_footer_6
loop_footer_6:
  br label %loop_latch_6
loop_exit_6:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }