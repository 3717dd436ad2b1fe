define void @E_64_64_49_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, i32 %data5) #0
{

  %v1 = mul i32 %data5, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 64
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 12544
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v5 = phi i32 [ 0, %loop_entry_1 ], [ %v5phi, %loop_footer_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 64
  br i1 %v5cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v6 = mul i32 %v5, 196
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v7 = phi i32 [ 0, %loop_entry_2 ], [ %v7phi, %loop_footer_2 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 49
  br i1 %v7cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v8 = shl i32 %v7, 8
  %v9 = add nsw i32 %v8, %v5
  %v10 = add nsw i32 %v4, %v9
  %v11 = add nsw i32 %v10, 64
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v10, 128
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = load float, float* %v15
  %v17 = add nsw i32 %v10, 192
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data1, i32 %v10
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %data2, i32 %v11
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data2, i32 %v14
  %v25 = load float, float* %v24
  %v26 = getelementptr inbounds float, float* %data2, i32 %v17
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data2, i32 %v10
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data3, i32 %v11
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %data3, i32 %v14
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %data3, i32 %v17
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %data3, i32 %v10
  %v37 = load float, float* %v36
  %v38 = getelementptr inbounds float, float* %data4, i32 %v11
  %v39 = load float, float* %v38
  %v40 = getelementptr inbounds float, float* %data4, i32 %v14
  %v41 = load float, float* %v40
  %v42 = getelementptr inbounds float, float* %data4, i32 %v17
  %v43 = load float, float* %v42
  %v44 = getelementptr inbounds float, float* %data4, i32 %v10
  %v45 = load float, float* %v44
  %v46 = fadd nsz arcp contract afn float %v13, %v23
  %v47 = fadd nsz arcp contract afn float %v16, %v25
  %v48 = fadd nsz arcp contract afn float %v19, %v27
  %v49 = fadd nsz arcp contract afn float %v21, %v29
  %v50 = fadd nsz arcp contract afn float %v46, %v31
  %v51 = fadd nsz arcp contract afn float %v47, %v33
  %v52 = fadd nsz arcp contract afn float %v48, %v35
  %v53 = fadd nsz arcp contract afn float %v49, %v37
  %v54 = fadd nsz arcp contract afn float %v50, %v39
  %v55 = fadd nsz arcp contract afn float %v51, %v41
  %v56 = fadd nsz arcp contract afn float %v52, %v43
  %v57 = fadd nsz arcp contract afn float %v53, %v45
  %v58_0 = insertelement <4 x float> poison, float %v57, i32 0
  %v58_1 = insertelement <4 x float> %v58_0, float %v54, i32 1
  %v58_2 = insertelement <4 x float> %v58_1, float %v55, i32 2
  %v58 = insertelement <4 x float> %v58_2, float %v56, i32 3
  %v59 = shl i32 %v7, 2
  %v60 = add nsw i32 %v6, %v59
  %v61 = add nsw i32 %v4, %v60
  %v62 = getelementptr inbounds float, float* %data0, i32 %v61
  store <4 x float> %v58, <4 x float>* %v62
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }