define void @E_156800_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 627200
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 156800
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = shl i32 %v2, 2
  %v4 = add nsw i32 %v1, %v3
  %v5 = getelementptr inbounds float, float* %data0, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = getelementptr inbounds float, float* %data1, i32 %v4
  %v8 = load <4 x float>, <4 x float>* %v7
  %v9 = extractelement <4 x float> %v6, i32 0
  %v10 = extractelement <4 x float> %v6, i32 1
  %v11 = extractelement <4 x float> %v6, i32 2
  %v12 = extractelement <4 x float> %v6, i32 3
  %v13 = extractelement <4 x float> %v8, i32 0
  %v14 = extractelement <4 x float> %v8, i32 1
  %v15 = extractelement <4 x float> %v8, i32 2
  %v16 = extractelement <4 x float> %v8, i32 3
  %v17 = fmul nsz arcp contract afn float 0.10000000149011612, %v13
  %v18 = fmul nsz arcp contract afn float 0.8999999761581421, %v9
  %v19 = fadd nsz arcp contract afn float %v18, %v17
  %v20 = fmul nsz arcp contract afn float 0.10000000149011612, %v14
  %v21 = fmul nsz arcp contract afn float 0.8999999761581421, %v10
  %v22 = fadd nsz arcp contract afn float %v21, %v20
  %v23 = fmul nsz arcp contract afn float 0.10000000149011612, %v15
  %v24 = fmul nsz arcp contract afn float 0.8999999761581421, %v11
  %v25 = fadd nsz arcp contract afn float %v24, %v23
  %v26 = fmul nsz arcp contract afn float 0.10000000149011612, %v16
  %v27 = fmul nsz arcp contract afn float 0.8999999761581421, %v12
  %v28 = fadd nsz arcp contract afn float %v27, %v26
  %v29_0 = insertelement <4 x float> poison, float %v19, i32 0
  %v29_1 = insertelement <4 x float> %v29_0, float %v22, i32 1
  %v29_2 = insertelement <4 x float> %v29_1, float %v25, i32 2
  %v29 = insertelement <4 x float> %v29_2, float %v28, i32 3
  store <4 x float> %v29, <4 x float>* %v5
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }