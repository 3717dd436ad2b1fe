define void @E_128_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 128
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 8
  %v2 = shl i32 %v0, 10
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v3 = phi i32 [ 0, %loop_entry_1 ], [ %v3phi, %loop_footer_1 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v4 = add nsw i32 %v1, %v3
  %v5 = add nsw i32 %v4, 64
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load float, float* %v6
  %v8 = add nsw i32 %v4, 128
  %v9 = getelementptr inbounds float, float* %data1, i32 %v8
  %v10 = load float, float* %v9
  %v11 = add nsw i32 %v4, 192
  %v12 = getelementptr inbounds float, float* %data1, i32 %v11
  %v13 = load float, float* %v12
  %v14 = getelementptr inbounds float, float* %data1, i32 %v4
  %v15 = load float, float* %v14
  %v16 = getelementptr inbounds float, float* %data2, i32 %v5
  %v17 = load float, float* %v16
  %v18 = getelementptr inbounds float, float* %data2, i32 %v8
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data2, i32 %v11
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %data2, i32 %v4
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data3, i32 %v5
  %v25 = load float, float* %v24
  %v26 = getelementptr inbounds float, float* %data3, i32 %v8
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data3, i32 %v11
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data3, i32 %v4
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %data4, i32 %v5
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %data4, i32 %v8
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %data4, i32 %v11
  %v37 = load float, float* %v36
  %v38 = getelementptr inbounds float, float* %data4, i32 %v4
  %v39 = load float, float* %v38
  %v40_0 = insertelement <4 x float> poison, float %v7, i32 0
  %v40_1 = insertelement <4 x float> %v40_0, float %v17, i32 1
  %v40_2 = insertelement <4 x float> %v40_1, float %v15, i32 2
  %v40 = insertelement <4 x float> %v40_2, float %v23, i32 3
  %v41_0 = insertelement <4 x float> poison, float %v13, i32 0
  %v41_1 = insertelement <4 x float> %v41_0, float %v21, i32 1
  %v41_2 = insertelement <4 x float> %v41_1, float %v10, i32 2
  %v41 = insertelement <4 x float> %v41_2, float %v19, i32 3
  %v42_0 = insertelement <4 x float> poison, float %v25, i32 0
  %v42_1 = insertelement <4 x float> %v42_0, float %v33, i32 1
  %v42_2 = insertelement <4 x float> %v42_1, float %v31, i32 2
  %v42 = insertelement <4 x float> %v42_2, float %v39, i32 3
  %v43_0 = insertelement <4 x float> poison, float %v29, i32 0
  %v43_1 = insertelement <4 x float> %v43_0, float %v37, i32 1
  %v43_2 = insertelement <4 x float> %v43_1, float %v27, i32 2
  %v43 = insertelement <4 x float> %v43_2, float %v35, i32 3
  %v44 = shl i32 %v3, 4
  %v45 = add nsw i32 %v2, %v44
  %v46 = add nsw i32 %v45, 4
  %v47 = getelementptr inbounds float, float* %data0, i32 %v46
  %v48 = add nsw i32 %v45, 8
  %v49 = getelementptr inbounds float, float* %data0, i32 %v48
  %v50 = add nsw i32 %v45, 12
  %v51 = getelementptr inbounds float, float* %data0, i32 %v50
  %v52 = getelementptr inbounds float, float* %data0, i32 %v45
  store <4 x float> %v43, <4 x float>* %v47
  store <4 x float> %v40, <4 x float>* %v49
  store <4 x float> %v42, <4 x float>* %v51
  store <4 x float> %v41, <4 x float>* %v52
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