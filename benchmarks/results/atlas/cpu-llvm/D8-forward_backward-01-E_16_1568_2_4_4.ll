define void @E_16_1568_2_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %v1 = mul i32 %data3, 401408
  %v2 = shl i32 %data3, 6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = shl i32 %v3, 2
  %v5 = add nsw i32 %v2, %v4
  %v6 = getelementptr inbounds float, float* %data1, i32 %v5
  %v7 = load <4 x float>, <4 x float>* %v6
  %v8 = extractelement <4 x float> %v7, i32 0
  %v9 = extractelement <4 x float> %v7, i32 1
  %v10 = extractelement <4 x float> %v7, i32 2
  %v11 = extractelement <4 x float> %v7, i32 3
  %v12 = mul i32 %v3, 25088
  %v13 = add nsw i32 %v1, %v12
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v14 = phi i32 [ 0, %loop_entry_1 ], [ %v14phi, %loop_footer_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 1568
  br i1 %v14cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v15 = shl i32 %v14, 2
  %v16 = getelementptr inbounds float, float* %data2, i32 %v15
  %v17 = load <4 x float>, <4 x float>* %v16
  %v18 = extractelement <4 x float> %v17, i32 0
  %v19 = extractelement <4 x float> %v17, i32 1
  %v20 = extractelement <4 x float> %v17, i32 2
  %v21 = extractelement <4 x float> %v17, i32 3
  %v22 = fmul nsz arcp contract afn float %v8, %v18
  %v23 = fmul nsz arcp contract afn float %v8, %v19
  %v24 = fmul nsz arcp contract afn float %v8, %v20
  %v25 = fmul nsz arcp contract afn float %v8, %v21
  %v26_0 = insertelement <4 x float> poison, float %v22, i32 0
  %v26_1 = insertelement <4 x float> %v26_0, float %v23, i32 1
  %v26_2 = insertelement <4 x float> %v26_1, float %v24, i32 2
  %v26 = insertelement <4 x float> %v26_2, float %v25, i32 3
  %v27 = fmul nsz arcp contract afn float %v9, %v18
  %v28 = fmul nsz arcp contract afn float %v9, %v19
  %v29 = fmul nsz arcp contract afn float %v9, %v20
  %v30 = fmul nsz arcp contract afn float %v9, %v21
  %v31_0 = insertelement <4 x float> poison, float %v27, i32 0
  %v31_1 = insertelement <4 x float> %v31_0, float %v28, i32 1
  %v31_2 = insertelement <4 x float> %v31_1, float %v29, i32 2
  %v31 = insertelement <4 x float> %v31_2, float %v30, i32 3
  %v32 = fmul nsz arcp contract afn float %v10, %v18
  %v33 = fmul nsz arcp contract afn float %v10, %v19
  %v34 = fmul nsz arcp contract afn float %v10, %v20
  %v35 = fmul nsz arcp contract afn float %v10, %v21
  %v36_0 = insertelement <4 x float> poison, float %v32, i32 0
  %v36_1 = insertelement <4 x float> %v36_0, float %v33, i32 1
  %v36_2 = insertelement <4 x float> %v36_1, float %v34, i32 2
  %v36 = insertelement <4 x float> %v36_2, float %v35, i32 3
  %v37 = fmul nsz arcp contract afn float %v11, %v18
  %v38 = fmul nsz arcp contract afn float %v11, %v19
  %v39 = fmul nsz arcp contract afn float %v11, %v20
  %v40 = fmul nsz arcp contract afn float %v11, %v21
  %v41_0 = insertelement <4 x float> poison, float %v37, i32 0
  %v41_1 = insertelement <4 x float> %v41_0, float %v38, i32 1
  %v41_2 = insertelement <4 x float> %v41_1, float %v39, i32 2
  %v41 = insertelement <4 x float> %v41_2, float %v40, i32 3
  %v42 = add nsw i32 %v13, %v15
  %v43 = add nsw i32 %v42, 6272
  %v44 = getelementptr inbounds float, float* %data0, i32 %v43
  %v45 = add nsw i32 %v42, 12544
  %v46 = getelementptr inbounds float, float* %data0, i32 %v45
  %v47 = add nsw i32 %v42, 18816
  %v48 = getelementptr inbounds float, float* %data0, i32 %v47
  %v49 = getelementptr inbounds float, float* %data0, i32 %v42
  store <4 x float> %v31, <4 x float>* %v44
  store <4 x float> %v36, <4 x float>* %v46
  store <4 x float> %v41, <4 x float>* %v48
  store <4 x float> %v26, <4 x float>* %v49
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