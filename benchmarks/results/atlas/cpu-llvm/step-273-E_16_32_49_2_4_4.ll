define void @E_16_32_49_2_4_4(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %v1 = mul i32 %data3, 401408
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v2 = phi i32 [ 0, %loop_entry_0 ], [ %v2phi, %loop_footer_0 ]
  %v2phi = add i32 %v2, 1
  %v2cmp = icmp ult i32 %v2, 16
  br i1 %v2cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v3 = mul i32 %v2, 25088
  %v4 = add nsw i32 %v1, %v3
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v5 = phi i32 [ 0, %loop_entry_1 ], [ %v5phi, %loop_footer_1 ]
  %v5phi = add i32 %v5, 1
  %v5cmp = icmp ult i32 %v5, 32
  br i1 %v5cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v6 = shl i32 %v5, 2
  %v7 = getelementptr inbounds float, float* %data2, i32 %v6
  %v8 = load <4 x float>, <4 x float>* %v7
  %v9 = extractelement <4 x float> %v8, i32 0
  %v10 = extractelement <4 x float> %v8, i32 1
  %v11 = extractelement <4 x float> %v8, i32 2
  %v12 = extractelement <4 x float> %v8, i32 3
  %v13 = mul i32 %v5, 196
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v14 = phi i32 [ 0, %loop_entry_2 ], [ %v14phi, %loop_footer_2 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 49
  br i1 %v14cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v4, %v15
  %v17 = add nsw i32 %v16, 49
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = load float, float* %v18
  %v20 = add nsw i32 %v16, 98
  %v21 = getelementptr inbounds float, float* %data1, i32 %v20
  %v22 = load float, float* %v21
  %v23 = add nsw i32 %v16, 147
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = load float, float* %v24
  %v26 = add nsw i32 %v16, 6272
  %v27 = getelementptr inbounds float, float* %data1, i32 %v26
  %v28 = load float, float* %v27
  %v29 = add nsw i32 %v16, 6321
  %v30 = getelementptr inbounds float, float* %data1, i32 %v29
  %v31 = load float, float* %v30
  %v32 = add nsw i32 %v16, 6370
  %v33 = getelementptr inbounds float, float* %data1, i32 %v32
  %v34 = load float, float* %v33
  %v35 = add nsw i32 %v16, 6419
  %v36 = getelementptr inbounds float, float* %data1, i32 %v35
  %v37 = load float, float* %v36
  %v38 = add nsw i32 %v16, 12544
  %v39 = getelementptr inbounds float, float* %data1, i32 %v38
  %v40 = load float, float* %v39
  %v41 = add nsw i32 %v16, 12593
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = load float, float* %v42
  %v44 = add nsw i32 %v16, 12642
  %v45 = getelementptr inbounds float, float* %data1, i32 %v44
  %v46 = load float, float* %v45
  %v47 = add nsw i32 %v16, 12691
  %v48 = getelementptr inbounds float, float* %data1, i32 %v47
  %v49 = load float, float* %v48
  %v50 = add nsw i32 %v16, 18816
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  %v52 = load float, float* %v51
  %v53 = add nsw i32 %v16, 18865
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v16, 18914
  %v57 = getelementptr inbounds float, float* %data1, i32 %v56
  %v58 = load float, float* %v57
  %v59 = add nsw i32 %v16, 18963
  %v60 = getelementptr inbounds float, float* %data1, i32 %v59
  %v61 = load float, float* %v60
  %v62 = getelementptr inbounds float, float* %data1, i32 %v16
  %v63 = load float, float* %v62
  %v64 = getelementptr inbounds float, float* %data0, i32 %v17
  %v65 = getelementptr inbounds float, float* %data0, i32 %v20
  %v66 = getelementptr inbounds float, float* %data0, i32 %v23
  %v67 = getelementptr inbounds float, float* %data0, i32 %v26
  %v68 = getelementptr inbounds float, float* %data0, i32 %v29
  %v69 = getelementptr inbounds float, float* %data0, i32 %v32
  %v70 = getelementptr inbounds float, float* %data0, i32 %v35
  %v71 = getelementptr inbounds float, float* %data0, i32 %v38
  %v72 = getelementptr inbounds float, float* %data0, i32 %v41
  %v73 = getelementptr inbounds float, float* %data0, i32 %v44
  %v74 = getelementptr inbounds float, float* %data0, i32 %v47
  %v75 = getelementptr inbounds float, float* %data0, i32 %v50
  %v76 = getelementptr inbounds float, float* %data0, i32 %v53
  %v77 = getelementptr inbounds float, float* %data0, i32 %v56
  %v78 = getelementptr inbounds float, float* %data0, i32 %v59
  %v79 = getelementptr inbounds float, float* %data0, i32 %v16
  %v80 = fadd nsz arcp contract afn float %v19, %v10
  %v81 = fadd nsz arcp contract afn float %v22, %v11
  %v82 = fadd nsz arcp contract afn float %v25, %v12
  %v83 = fadd nsz arcp contract afn float %v28, %v9
  %v84 = fadd nsz arcp contract afn float %v31, %v10
  %v85 = fadd nsz arcp contract afn float %v34, %v11
  %v86 = fadd nsz arcp contract afn float %v37, %v12
  %v87 = fadd nsz arcp contract afn float %v40, %v9
  %v88 = fadd nsz arcp contract afn float %v43, %v10
  %v89 = fadd nsz arcp contract afn float %v46, %v11
  %v90 = fadd nsz arcp contract afn float %v49, %v12
  %v91 = fadd nsz arcp contract afn float %v52, %v9
  %v92 = fadd nsz arcp contract afn float %v55, %v10
  %v93 = fadd nsz arcp contract afn float %v58, %v11
  %v94 = fadd nsz arcp contract afn float %v61, %v12
  %v95 = fadd nsz arcp contract afn float %v63, %v9
  store float %v80, float* %v64
  store float %v81, float* %v65
  store float %v82, float* %v66
  store float %v83, float* %v67
  store float %v84, float* %v68
  store float %v85, float* %v69
  store float %v86, float* %v70
  store float %v87, float* %v71
  store float %v88, float* %v72
  store float %v89, float* %v73
  store float %v90, float* %v74
  store float %v91, float* %v75
  store float %v92, float* %v76
  store float %v93, float* %v77
  store float %v94, float* %v78
  store float %v95, float* %v79
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