define void @E_64_15_15_64_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 802816
  %v2 = mul i32 %data2, 3686400
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 12544
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 57600
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_0_0_1
loop_entry_0_0_1:
  br label %loop_latch_0_0_1
loop_latch_0_0_1:
  %v8 = phi i32 [ 0, %loop_entry_0_0_1 ], [ %v8phi, %loop_footer_0_0_1 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 15
  br i1 %v8cmp, label %loop_body_0_0_1, label %loop_exit_0_0_1
loop_body_0_0_1:
  %v9 = mul i32 %v8, 3840
  %v10 = add nsw i32 %v7, %v9
  %v11 = mul i32 %v8, 14
  %v12 = icmp slt i32 0, %v8
  %v13 = icmp slt i32 %v8, 14
  br label %loop_entry_0_1
loop_entry_0_1:
  br label %loop_latch_0_1
loop_latch_0_1:
  %v14 = phi i32 [ 0, %loop_entry_0_1 ], [ %v14phi, %loop_footer_0_1 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 15
  br i1 %v14cmp, label %loop_body_0_1, label %loop_exit_0_1
loop_body_0_1:
  %v15 = shl i32 %v14, 8
  %v16 = add nsw i32 %v10, %v15
  %v17 = add nsw i32 %v11, %v14
  %v18 = icmp slt i32 0, %v14
  %v19 = icmp slt i32 %v14, 14
  %v20 = and i1 %v12, %v18
  %v21 = and i1 %v12, %v19
  %v22 = and i1 %v13, %v18
  %v23 = and i1 %v13, %v19
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v24 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v24phi, %loop_footer_1_0_0 ]
  %v24phi = add i32 %v24, 1
  %v24cmp = icmp ult i32 %v24, 64
  br i1 %v24cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v25 = mul i32 %v24, 196
  %v26 = add nsw i32 %v17, %v25
  %v27 = add nsw i32 %v26, %v5
  %v28 = add nsw i32 %v27, -15
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  br label %v30_entry
v30_entry:
  br i1 %v20, label %v30_load, label %v30_exit
v30_load:
  %v30_yes = load float, float* %v29
  br label %v30_exit
v30_exit:
  %v30 = phi float [%v30_yes, %v30_load], [0.0, %v30_entry]
  %v31 = add nsw i32 %v27, -14
  %v32 = getelementptr inbounds float, float* %data1, i32 %v31
  br label %v33_entry
v33_entry:
  br i1 %v21, label %v33_load, label %v33_exit
v33_load:
  %v33_yes = load float, float* %v32
  br label %v33_exit
v33_exit:
  %v33 = phi float [%v33_yes, %v33_load], [0.0, %v33_entry]
  %v34 = add nsw i32 %v27, -1
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  br label %v36_entry
v36_entry:
  br i1 %v22, label %v36_load, label %v36_exit
v36_load:
  %v36_yes = load float, float* %v35
  br label %v36_exit
v36_exit:
  %v36 = phi float [%v36_yes, %v36_load], [0.0, %v36_entry]
  %v37 = getelementptr inbounds float, float* %data1, i32 %v27
  br label %v38_entry
v38_entry:
  br i1 %v23, label %v38_load, label %v38_exit
v38_load:
  %v38_yes = load float, float* %v37
  br label %v38_exit
v38_exit:
  %v38 = phi float [%v38_yes, %v38_load], [0.0, %v38_entry]
  %v39_0 = insertelement <4 x float> poison, float %v30, i32 0
  %v39_1 = insertelement <4 x float> %v39_0, float %v33, i32 1
  %v39_2 = insertelement <4 x float> %v39_1, float %v36, i32 2
  %v39 = insertelement <4 x float> %v39_2, float %v38, i32 3
  %v40 = shl i32 %v24, 2
  %v41 = add nsw i32 %v16, %v40
  %v42 = getelementptr inbounds float, float* %data0, i32 %v41
  store <4 x float> %v39, <4 x float>* %v42
  br label %loop_footer_1_0_0
loop_footer_1_0_0:
  br label %loop_latch_1_0_0
loop_exit_1_0_0:
  br label %loop_footer_0_1
loop_footer_0_1:
  br label %loop_latch_0_1
loop_exit_0_1:
  br label %loop_footer_0_0_1
loop_footer_0_0_1:
  br label %loop_latch_0_0_1
loop_exit_0_0_1:
  br label %loop_footer_0_0_0
loop_footer_0_0_0:
  br label %loop_latch_0_0_0
loop_exit_0_0_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }