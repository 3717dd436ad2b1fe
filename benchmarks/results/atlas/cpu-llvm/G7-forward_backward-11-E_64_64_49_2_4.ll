define void @E_64_64_49_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %v1 = mul i32 %data3, 802816
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
  %v6 = getelementptr inbounds float, float* %data2, i32 %v5
  %v7 = load float, float* %v6
  %v8 = mul i32 %v5, 196
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v9 = phi i32 [ 0, %loop_entry_2 ], [ %v9phi, %loop_footer_2 ]
  %v9phi = add i32 %v9, 1
  %v9cmp = icmp ult i32 %v9, 49
  br i1 %v9cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v10 = shl i32 %v9, 2
  %v11 = add nsw i32 %v8, %v10
  %v12 = add nsw i32 %v4, %v11
  %v13 = getelementptr inbounds float, float* %data1, i32 %v12
  %v14 = load <4 x float>, <4 x float>* %v13
  %v15 = extractelement <4 x float> %v14, i32 0
  %v16 = extractelement <4 x float> %v14, i32 1
  %v17 = extractelement <4 x float> %v14, i32 2
  %v18 = extractelement <4 x float> %v14, i32 3
  %v19 = fadd nsz arcp contract afn float %v15, %v7
  %v20 = fadd nsz arcp contract afn float %v16, %v7
  %v21 = fadd nsz arcp contract afn float %v17, %v7
  %v22 = fadd nsz arcp contract afn float %v18, %v7
  %v23_0 = insertelement <4 x float> poison, float %v19, i32 0
  %v23_1 = insertelement <4 x float> %v23_0, float %v20, i32 1
  %v23_2 = insertelement <4 x float> %v23_1, float %v21, i32 2
  %v23 = insertelement <4 x float> %v23_2, float %v22, i32 3
  %v24 = getelementptr inbounds float, float* %data0, i32 %v12
  store <4 x float> %v23, <4 x float>* %v24
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