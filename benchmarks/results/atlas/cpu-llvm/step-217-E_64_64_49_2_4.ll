define void @E_64_64_49_2_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5, i32 %data6) #0
{

  %v1 = mul i32 %data6, 802816
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
  %v6 = mul i32 %v5, 196
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v7 = phi i32 [ 0, %loop_entry_2 ], [ %v7phi, %loop_footer_2 ]
  %v7phi = add i32 %v7, 1
  %v7cmp = icmp ult i32 %v7, 49
  br i1 %v7cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v8 = shl i32 %v7, 8
  %v9 = add nsw i32 %v8, %v5
  %v10 = add nsw i32 %v4, %v9
  %v11 = add nsw i32 %v10, 64
  %v12 = getelementptr inbounds float, float* %data2, i32 %v11
  %v13 = load float, float* %v12
  %v14 = add nsw i32 %v10, 128
  %v15 = getelementptr inbounds float, float* %data2, i32 %v14
  %v16 = load float, float* %v15
  %v17 = add nsw i32 %v10, 192
  %v18 = getelementptr inbounds float, float* %data2, i32 %v17
  %v19 = load float, float* %v18
  %v20 = getelementptr inbounds float, float* %data2, i32 %v10
  %v21 = load float, float* %v20
  %v22 = getelementptr inbounds float, float* %data3, i32 %v11
  %v23 = load float, float* %v22
  %v24 = getelementptr inbounds float, float* %data3, i32 %v14
  %v25 = load float, float* %v24
  %v26 = getelementptr inbounds float, float* %data3, i32 %v17
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data3, i32 %v10
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %data4, i32 %v11
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %data4, i32 %v14
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %data4, i32 %v17
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %data4, i32 %v10
  %v37 = load float, float* %v36
  %v38 = getelementptr inbounds float, float* %data5, i32 %v11
  %v39 = load float, float* %v38
  %v40 = getelementptr inbounds float, float* %data5, i32 %v14
  %v41 = load float, float* %v40
  %v42 = getelementptr inbounds float, float* %data5, i32 %v17
  %v43 = load float, float* %v42
  %v44 = getelementptr inbounds float, float* %data5, i32 %v10
  %v45 = load float, float* %v44
  %v46 = shl i32 %v7, 2
  %v47 = add nsw i32 %v6, %v46
  %v48 = add nsw i32 %v4, %v47
  %v49 = getelementptr inbounds float, float* %data1, i32 %v48
  %v50 = load <4 x float>, <4 x float>* %v49
  %v51 = extractelement <4 x float> %v50, i32 0
  %v52 = extractelement <4 x float> %v50, i32 1
  %v53 = extractelement <4 x float> %v50, i32 2
  %v54 = extractelement <4 x float> %v50, i32 3
  %v55 = fadd nsz arcp contract afn float %v13, %v23
  %v56 = fadd nsz arcp contract afn float %v16, %v25
  %v57 = fadd nsz arcp contract afn float %v19, %v27
  %v58 = fadd nsz arcp contract afn float %v21, %v29
  %v59 = fadd nsz arcp contract afn float %v55, %v31
  %v60 = fadd nsz arcp contract afn float %v56, %v33
  %v61 = fadd nsz arcp contract afn float %v57, %v35
  %v62 = fadd nsz arcp contract afn float %v58, %v37
  %v63 = fadd nsz arcp contract afn float %v59, %v39
  %v64 = fadd nsz arcp contract afn float %v60, %v41
  %v65 = fadd nsz arcp contract afn float %v61, %v43
  %v66 = fadd nsz arcp contract afn float %v62, %v45
  %v67 = fcmp nsz arcp contract afn olt float 0.0, %v51
  %v68 = fcmp nsz arcp contract afn olt float 0.0, %v52
  %v69 = fcmp nsz arcp contract afn olt float 0.0, %v53
  %v70 = fcmp nsz arcp contract afn olt float 0.0, %v54
  %v71 = select i1 %v67, float %v66, float 0.0
  %v72 = select i1 %v68, float %v63, float 0.0
  %v73 = select i1 %v69, float %v64, float 0.0
  %v74 = select i1 %v70, float %v65, float 0.0
  %v75_0 = insertelement <4 x float> poison, float %v71, i32 0
  %v75_1 = insertelement <4 x float> %v75_0, float %v72, i32 1
  %v75_2 = insertelement <4 x float> %v75_1, float %v73, i32 2
  %v75 = insertelement <4 x float> %v75_2, float %v74, i32 3
  %v76 = getelementptr inbounds float, float* %data0, i32 %v48
  store <4 x float> %v75, <4 x float>* %v76
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