define void @E_200704_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 802816
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 200704
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = shl i32 %v2, 2
  %v4 = add nsw i32 %v1, %v3
  %v5 = getelementptr inbounds float, float* %data1, i32 %v4
  %v6 = load <4 x float>, <4 x float>* %v5
  %v7 = extractelement <4 x float> %v6, i32 0
  %v8 = extractelement <4 x float> %v6, i32 1
  %v9 = extractelement <4 x float> %v6, i32 2
  %v10 = extractelement <4 x float> %v6, i32 3
  %v11 = fcmp nsz arcp contract afn olt float 0.0, %v7
  %v12 = fcmp nsz arcp contract afn olt float 0.0, %v8
  %v13 = fcmp nsz arcp contract afn olt float 0.0, %v9
  %v14 = fcmp nsz arcp contract afn olt float 0.0, %v10
  %v15 = select i1 %v11, float %v7, float 0.0
  %v16 = select i1 %v12, float %v8, float 0.0
  %v17 = select i1 %v13, float %v9, float 0.0
  %v18 = select i1 %v14, float %v10, float 0.0
  %v19_0 = insertelement <4 x float> poison, float %v15, i32 0
  %v19_1 = insertelement <4 x float> %v19_0, float %v16, i32 1
  %v19_2 = insertelement <4 x float> %v19_1, float %v17, i32 2
  %v19 = insertelement <4 x float> %v19_2, float %v18, i32 3
  %v20 = getelementptr inbounds float, float* %data0, i32 %v4
  store <4 x float> %v19, <4 x float>* %v20
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }