define void @E_64_2_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 64
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 2
  %v2 = getelementptr inbounds float, float* %data1, i32 %v1
  %v3 = load <4 x float>, <4 x float>* %v2
  %v4 = getelementptr inbounds float, float* %data2, i32 %v1
  %v5 = load <4 x float>, <4 x float>* %v4
  %v6 = getelementptr inbounds float, float* %data3, i32 %v1
  %v7 = load <4 x float>, <4 x float>* %v6
  %v8 = getelementptr inbounds float, float* %data4, i32 %v1
  %v9 = load <4 x float>, <4 x float>* %v8
  %v10 = extractelement <4 x float> %v3, i32 0
  %v11 = extractelement <4 x float> %v3, i32 1
  %v12 = extractelement <4 x float> %v5, i32 0
  %v13 = extractelement <4 x float> %v5, i32 1
  %v14_0 = insertelement <4 x float> poison, float %v11, i32 0
  %v14_1 = insertelement <4 x float> %v14_0, float %v13, i32 1
  %v14_2 = insertelement <4 x float> %v14_1, float %v10, i32 2
  %v14 = insertelement <4 x float> %v14_2, float %v12, i32 3
  %v15 = extractelement <4 x float> %v3, i32 2
  %v16 = extractelement <4 x float> %v3, i32 3
  %v17 = extractelement <4 x float> %v5, i32 2
  %v18 = extractelement <4 x float> %v5, i32 3
  %v19_0 = insertelement <4 x float> poison, float %v16, i32 0
  %v19_1 = insertelement <4 x float> %v19_0, float %v18, i32 1
  %v19_2 = insertelement <4 x float> %v19_1, float %v15, i32 2
  %v19 = insertelement <4 x float> %v19_2, float %v17, i32 3
  %v20 = extractelement <4 x float> %v7, i32 0
  %v21 = extractelement <4 x float> %v7, i32 1
  %v22 = extractelement <4 x float> %v9, i32 0
  %v23 = extractelement <4 x float> %v9, i32 1
  %v24_0 = insertelement <4 x float> poison, float %v21, i32 0
  %v24_1 = insertelement <4 x float> %v24_0, float %v23, i32 1
  %v24_2 = insertelement <4 x float> %v24_1, float %v20, i32 2
  %v24 = insertelement <4 x float> %v24_2, float %v22, i32 3
  %v25 = extractelement <4 x float> %v7, i32 2
  %v26 = extractelement <4 x float> %v7, i32 3
  %v27 = extractelement <4 x float> %v9, i32 2
  %v28 = extractelement <4 x float> %v9, i32 3
  %v29_0 = insertelement <4 x float> poison, float %v26, i32 0
  %v29_1 = insertelement <4 x float> %v29_0, float %v28, i32 1
  %v29_2 = insertelement <4 x float> %v29_1, float %v25, i32 2
  %v29 = insertelement <4 x float> %v29_2, float %v27, i32 3
  %v30 = shl i32 %v0, 4
  %v31 = add nsw i32 %v30, 4
  %v32 = getelementptr inbounds float, float* %data0, i32 %v31
  %v33 = add nsw i32 %v30, 8
  %v34 = getelementptr inbounds float, float* %data0, i32 %v33
  %v35 = add nsw i32 %v30, 12
  %v36 = getelementptr inbounds float, float* %data0, i32 %v35
  %v37 = getelementptr inbounds float, float* %data0, i32 %v30
  store <4 x float> %v29, <4 x float>* %v32
  store <4 x float> %v14, <4 x float>* %v34
  store <4 x float> %v24, <4 x float>* %v36
  store <4 x float> %v19, <4 x float>* %v37
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }