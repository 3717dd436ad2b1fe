define void @E_3136_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v0 = phi i32 [ 0, %loop_entry_0 ], [ %v0phi, %loop_footer_0 ]
  %v0phi = add i32 %v0, 1
  %v0cmp = icmp ult i32 %v0, 3136
  br i1 %v0cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v1 = shl i32 %v0, 2
  %v2 = getelementptr inbounds float, float* %data0, i32 %v1
  %v3 = load <4 x float>, <4 x float>* %v2
  %v4 = getelementptr inbounds float, float* %data1, i32 %v1
  %v5 = load <4 x float>, <4 x float>* %v4
  %v6 = extractelement <4 x float> %v3, i32 0
  %v7 = extractelement <4 x float> %v3, i32 1
  %v8 = extractelement <4 x float> %v3, i32 2
  %v9 = extractelement <4 x float> %v3, i32 3
  %v10 = extractelement <4 x float> %v5, i32 0
  %v11 = extractelement <4 x float> %v5, i32 1
  %v12 = extractelement <4 x float> %v5, i32 2
  %v13 = extractelement <4 x float> %v5, i32 3
  %v14 = fmul nsz arcp contract afn float 0.10000000149011612, %v10
  %v15 = fmul nsz arcp contract afn float 0.8999999761581421, %v6
  %v16 = fadd nsz arcp contract afn float %v15, %v14
  %v17 = fmul nsz arcp contract afn float 0.10000000149011612, %v11
  %v18 = fmul nsz arcp contract afn float 0.8999999761581421, %v7
  %v19 = fadd nsz arcp contract afn float %v18, %v17
  %v20 = fmul nsz arcp contract afn float 0.10000000149011612, %v12
  %v21 = fmul nsz arcp contract afn float 0.8999999761581421, %v8
  %v22 = fadd nsz arcp contract afn float %v21, %v20
  %v23 = fmul nsz arcp contract afn float 0.10000000149011612, %v13
  %v24 = fmul nsz arcp contract afn float 0.8999999761581421, %v9
  %v25 = fadd nsz arcp contract afn float %v24, %v23
  %v26_0 = insertelement <4 x float> poison, float %v16, i32 0
  %v26_1 = insertelement <4 x float> %v26_0, float %v19, i32 1
  %v26_2 = insertelement <4 x float> %v26_1, float %v22, i32 2
  %v26 = insertelement <4 x float> %v26_2, float %v25, i32 3
  store <4 x float> %v26, <4 x float>* %v2
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }