define void @r_64_2_1568_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = shl i32 %data3, 6
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v2 = phi i32 [ 0, %loop_entry_3 ], [ %v2phi, %loop_footer_3 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 64
  br i1 %v2cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v3 = add nsw i32 %v1, %v2
  %v4 = getelementptr inbounds float, float* %data2, i32 %v3
  %v5 = load float, float* %v4
  %v6 = getelementptr inbounds float, float* %reg_0, i32 0
  %v7 = fmul nsz arcp contract afn float %v5, -1.0
  store float 0.0, float* %v6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v9 = phi i32 [ 0, %loop_entry_0 ], [ %v9phi, %loop_footer_0 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 1568
  br i1 %v9cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v10 = shl i32 %v9, 9
  %v11 = add nsw i32 %v3, %v10
  %v12 = add nsw i32 %v11, 128
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v11, 256
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = add nsw i32 %v11, 384
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = getelementptr inbounds float, float* %data1, i32 %v11
  %v22 = load float, float* %v21
  %v23 = getelementptr inbounds float, float* %reg_0, i32 0
  %v24 = load float, float* %v23
  %v25 = fadd nsz arcp contract afn float %v14, %v7
  %v26 = fadd nsz arcp contract afn float %v17, %v7
  %v27 = fadd nsz arcp contract afn float %v20, %v7
  %v28 = fadd nsz arcp contract afn float %v22, %v7
  %v29 = fmul nsz arcp contract afn float %v25, %v25
  %v30 = fmul nsz arcp contract afn float %v28, %v28
  %v31 = fadd nsz arcp contract afn float %v30, %v29
  %v32 = fmul nsz arcp contract afn float %v26, %v26
  %v33 = fadd nsz arcp contract afn float %v31, %v32
  %v34 = fmul nsz arcp contract afn float %v27, %v27
  %v35 = fadd nsz arcp contract afn float %v33, %v34
  %v36 = fadd nsz arcp contract afn float %v24, %v35
  store float %v36, float* %v23
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v39 = getelementptr inbounds float, float* %reg_0, i32 0
  %v40 = load float, float* %v39
  %v41 = getelementptr inbounds float, float* %data0, i32 %v3
  %v42 = fmul nsz arcp contract afn float %v40, 0.0001594387722434476
  store float %v42, float* %v41
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }