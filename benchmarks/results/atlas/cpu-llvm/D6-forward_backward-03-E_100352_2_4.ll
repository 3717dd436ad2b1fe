define void @E_100352_2_4(float* noalias align 32 %data0, i1* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %v1 = mul i32 %data3, 401408
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 100352
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = shl i32 %v2, 2
  %v4 = add nsw i32 %v1, %v3
  %v5 = add nsw i32 %v4, 1
  %v6 = getelementptr inbounds i1, i1* %data1, i32 %v5
  %v7 = load i1, i1* %v6
  %v8 = add nsw i32 %v4, 2
  %v9 = getelementptr inbounds i1, i1* %data1, i32 %v8
  %v10 = load i1, i1* %v9
  %v11 = add nsw i32 %v4, 3
  %v12 = getelementptr inbounds i1, i1* %data1, i32 %v11
  %v13 = load i1, i1* %v12
  %v14 = getelementptr inbounds i1, i1* %data1, i32 %v4
  %v15 = load i1, i1* %v14
  %v16 = getelementptr inbounds float, float* %data2, i32 %v4
  %v17 = load <4 x float>, <4 x float>* %v16
  %v18 = extractelement <4 x float> %v17, i32 0
  %v19 = extractelement <4 x float> %v17, i32 1
  %v20 = extractelement <4 x float> %v17, i32 2
  %v21 = extractelement <4 x float> %v17, i32 3
  %v22 = fmul nsz arcp contract afn float 1.4285714626312256, %v18
  %v23 = fmul nsz arcp contract afn float 1.4285714626312256, %v19
  %v24 = fmul nsz arcp contract afn float 1.4285714626312256, %v20
  %v25 = fmul nsz arcp contract afn float 1.4285714626312256, %v21
  %v26 = select i1 %v7, float %v23, float 0.0
  %v27 = select i1 %v10, float %v24, float 0.0
  %v28 = select i1 %v13, float %v25, float 0.0
  %v29 = select i1 %v15, float %v22, float 0.0
  %v30_0 = insertelement <4 x float> poison, float %v29, i32 0
  %v30_1 = insertelement <4 x float> %v30_0, float %v26, i32 1
  %v30_2 = insertelement <4 x float> %v30_1, float %v27, i32 2
  %v30 = insertelement <4 x float> %v30_2, float %v28, i32 3
  %v31 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v30, <4 x float>* %v31
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }