define void @r_64_2_1568_4(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %reg_0 = alloca [1 x float]
  %v1 = shl i32 %data2, 6
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v2 = phi i32 [ 0, %loop_entry_3 ], [ %v2phi, %loop_footer_3 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 64
  br i1 %v2cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v3 = getelementptr inbounds float, float* %reg_0, i32 0
  %v4 = add nsw i32 %v1, %v2
  store float 0.0, float* %v3
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v6 = phi i32 [ 0, %loop_entry_0 ], [ %v6phi, %loop_footer_0 ]
  %v6phi = add i32 %v6, 1
  %v6cmp = icmp ult i32 %v6, 1568
  br i1 %v6cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v7 = shl i32 %v6, 9
  %v8 = add nsw i32 %v4, %v7
  %v9 = add nsw i32 %v8, 128
  %v10 = getelementptr inbounds float, float* %data1, i32 %v9
  %v11 = load float, float* %v10
  %v12 = add nsw i32 %v8, 256
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load float, float* %v13
  %v15 = add nsw i32 %v8, 384
  %v16 = getelementptr inbounds float, float* %data1, i32 %v15
  %v17 = load float, float* %v16
  %v18 = getelementptr inbounds float, float* %data1, i32 %v8
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %reg_0, i32 0
  %v21 = load float, float* %v20
  %v22 = fadd nsz arcp contract afn float %v19, %v11
  %v23 = fadd nsz arcp contract afn float %v22, %v14
  %v24 = fadd nsz arcp contract afn float %v23, %v17
  %v25 = fadd nsz arcp contract afn float %v21, %v24
  store float %v25, float* %v20
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v28 = getelementptr inbounds float, float* %reg_0, i32 0
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data0, i32 %v4
  %v31 = fmul nsz arcp contract afn float %v29, 0.0001594387722434476
  store float %v31, float* %v30
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }