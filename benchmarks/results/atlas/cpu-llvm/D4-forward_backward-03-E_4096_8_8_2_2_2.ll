define void @E_4096_8_8_2_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 802816
  %v2 = shl i32 %data2, 20
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 4096
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 196
  %v5 = add nsw i32 %v1, %v4
  %v6 = shl i32 %v3, 8
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v8 = phi i32 [ 0, %loop_entry_2 ], [ %v8phi, %loop_footer_2 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 8
  br i1 %v8cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v9 = mul i32 %v8, 28
  %v10 = add nsw i32 %v5, %v9
  %v11 = shl i32 %v8, 3
  %v12 = add nsw i32 %v7, %v11
  %v13 = icmp slt i32 0, %v8
  %v14 = icmp slt i32 %v8, 7
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v15 = phi i32 [ 0, %loop_entry_3 ], [ %v15phi, %loop_footer_3 ]
  %v15phi = add i32 %v15, 1
  %v15cmp = icmp ult i32 %v15, 8
  br i1 %v15cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v16 = shl i32 %v15, 1
  %v17 = add nsw i32 %v10, %v16
  %v18 = add nsw i32 %v17, -15
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = icmp slt i32 0, %v15
  %v21 = and i1 %v20, %v13
  br label %v22_entry
v22_entry:
  br i1 %v21, label %v22_load, label %v22_exit
v22_load:
  %v22_yes = load float, float* %v19
  br label %v22_exit
v22_exit:
  %v22 = phi float [%v22_yes, %v22_load], [0.0, %v22_entry]
  %v23 = add nsw i32 %v17, -14
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = icmp slt i32 %v15, 7
  %v26 = and i1 %v25, %v13
  br label %v27_entry
v27_entry:
  br i1 %v26, label %v27_load, label %v27_exit
v27_load:
  %v27_yes = load float, float* %v24
  br label %v27_exit
v27_exit:
  %v27 = phi float [%v27_yes, %v27_load], [0.0, %v27_entry]
  %v28 = add nsw i32 %v17, -1
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  %v30 = and i1 %v20, %v14
  br label %v31_entry
v31_entry:
  br i1 %v30, label %v31_load, label %v31_exit
v31_load:
  %v31_yes = load float, float* %v29
  br label %v31_exit
v31_exit:
  %v31 = phi float [%v31_yes, %v31_load], [0.0, %v31_entry]
  %v32 = getelementptr inbounds float, float* %data1, i32 %v17
  %v33 = and i1 %v25, %v14
  br label %v34_entry
v34_entry:
  br i1 %v33, label %v34_load, label %v34_exit
v34_load:
  %v34_yes = load float, float* %v32
  br label %v34_exit
v34_exit:
  %v34 = phi float [%v34_yes, %v34_load], [0.0, %v34_entry]
  %v35 = add nsw i32 %v12, %v15
  %v36 = add nsw i32 %v35, 64
  %v37 = getelementptr inbounds float, float* %data0, i32 %v36
  %v38 = add nsw i32 %v35, 128
  %v39 = getelementptr inbounds float, float* %data0, i32 %v38
  %v40 = add nsw i32 %v35, 192
  %v41 = getelementptr inbounds float, float* %data0, i32 %v40
  %v42 = getelementptr inbounds float, float* %data0, i32 %v35
  store float %v27, float* %v37
  store float %v31, float* %v39
  store float %v34, float* %v41
  store float %v22, float* %v42
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }