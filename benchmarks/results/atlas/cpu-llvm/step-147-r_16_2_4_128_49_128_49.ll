define void @r_16_2_4_128_49_128_49(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [4 x float]
  %reg_1 = alloca [4 x float]
  %v1 = mul i32 %data3, 3136
  %v2 = shl i32 %data3, 6
  br label %loop_entry_6
loop_entry_6:
  br label %loop_latch_6
loop_latch_6:
  %v3 = phi i32 [ 0, %loop_entry_6 ], [ %v3phi, %loop_footer_6 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_6, label %loop_exit_6
loop_body_6:
  %v4 = getelementptr inbounds float, float* %reg_1, i32 0
  %v5 = getelementptr inbounds float, float* %reg_1, i32 1
  %v6 = getelementptr inbounds float, float* %reg_1, i32 2
  %v7 = getelementptr inbounds float, float* %reg_1, i32 3
  %v8 = mul i32 %v3, 196
  %v9 = add nsw i32 %v1, %v8
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  store float 0.0, float* %v7
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v14 = phi i32 [ 0, %loop_entry_0 ], [ %v14phi, %loop_footer_0 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 128
  br i1 %v14cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v15 = mul i32 %v14, 6272
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v16 = phi i32 [ 0, %loop_entry_1 ], [ %v16phi, %loop_footer_1 ]
  %v16phi = add i32 %v16, 1
  %v16cmp = icmp ult i32 %v16, 49
  br i1 %v16cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v17 = add nsw i32 %v9, %v16
  %v18 = add nsw i32 %v17, %v15
  %v19 = add nsw i32 %v18, 49
  %v20 = getelementptr inbounds float, float* %data1, i32 %v19
  %v21 = load float, float* %v20
  %v22 = add nsw i32 %v18, 98
  %v23 = getelementptr inbounds float, float* %data1, i32 %v22
  %v24 = load float, float* %v23
  %v25 = add nsw i32 %v18, 147
  %v26 = getelementptr inbounds float, float* %data1, i32 %v25
  %v27 = load float, float* %v26
  %v28 = getelementptr inbounds float, float* %data1, i32 %v18
  %v29 = load float, float* %v28
  %v30 = getelementptr inbounds float, float* %reg_1, i32 0
  %v31 = load float, float* %v30
  %v32 = getelementptr inbounds float, float* %reg_1, i32 1
  %v33 = load float, float* %v32
  %v34 = getelementptr inbounds float, float* %reg_1, i32 2
  %v35 = load float, float* %v34
  %v36 = getelementptr inbounds float, float* %reg_1, i32 3
  %v37 = load float, float* %v36
  %v38 = fadd nsz arcp contract afn float %v31, %v29
  %v39 = fadd nsz arcp contract afn float %v33, %v21
  %v40 = fadd nsz arcp contract afn float %v35, %v24
  %v41 = fadd nsz arcp contract afn float %v37, %v27
  store float %v38, float* %v30
  store float %v39, float* %v32
  store float %v40, float* %v34
  store float %v41, float* %v36
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v48 = getelementptr inbounds float, float* %reg_0, i32 0
  %v49 = getelementptr inbounds float, float* %reg_0, i32 1
  %v50 = getelementptr inbounds float, float* %reg_0, i32 2
  %v51 = getelementptr inbounds float, float* %reg_0, i32 3
  store float 0.0, float* %v48
  store float 0.0, float* %v49
  store float 0.0, float* %v50
  store float 0.0, float* %v51
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v56 = phi i32 [ 0, %loop_entry_3 ], [ %v56phi, %loop_footer_3 ]
  %v56phi = add i32 %v56, 1
  %v56cmp = icmp ult i32 %v56, 128
  br i1 %v56cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v57 = mul i32 %v56, 6272
  br label %loop_entry_4
loop_entry_4:
  br label %loop_latch_4
loop_latch_4:
  %v58 = phi i32 [ 0, %loop_entry_4 ], [ %v58phi, %loop_footer_4 ]
  %v58phi = add i32 %v58, 1
  %v58cmp = icmp ult i32 %v58, 49
  br i1 %v58cmp, label %loop_body_4, label %loop_exit_4
loop_body_4:
  %v59 = add nsw i32 %v9, %v58
  %v60 = add nsw i32 %v59, %v57
  %v61 = add nsw i32 %v60, 49
  %v62 = getelementptr inbounds float, float* %data2, i32 %v61
  %v63 = load float, float* %v62
  %v64 = add nsw i32 %v60, 98
  %v65 = getelementptr inbounds float, float* %data2, i32 %v64
  %v66 = load float, float* %v65
  %v67 = add nsw i32 %v60, 147
  %v68 = getelementptr inbounds float, float* %data2, i32 %v67
  %v69 = load float, float* %v68
  %v70 = getelementptr inbounds float, float* %data2, i32 %v60
  %v71 = load float, float* %v70
  %v72 = getelementptr inbounds float, float* %reg_0, i32 0
  %v73 = load float, float* %v72
  %v74 = getelementptr inbounds float, float* %reg_0, i32 1
  %v75 = load float, float* %v74
  %v76 = getelementptr inbounds float, float* %reg_0, i32 2
  %v77 = load float, float* %v76
  %v78 = getelementptr inbounds float, float* %reg_0, i32 3
  %v79 = load float, float* %v78
  %v80 = fadd nsz arcp contract afn float %v73, %v71
  %v81 = fadd nsz arcp contract afn float %v75, %v63
  %v82 = fadd nsz arcp contract afn float %v77, %v66
  %v83 = fadd nsz arcp contract afn float %v79, %v69
  store float %v80, float* %v72
  store float %v81, float* %v74
  store float %v82, float* %v76
  store float %v83, float* %v78
  br label %loop_footer_4
loop_footer_4:
  br label %loop_latch_4
loop_exit_4:
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  %v90 = getelementptr inbounds float, float* %reg_0, i32 0
  %v91 = load float, float* %v90
  %v92 = getelementptr inbounds float, float* %reg_0, i32 1
  %v93 = load float, float* %v92
  %v94 = getelementptr inbounds float, float* %reg_0, i32 2
  %v95 = load float, float* %v94
  %v96 = getelementptr inbounds float, float* %reg_0, i32 3
  %v97 = load float, float* %v96
  %v98 = getelementptr inbounds float, float* %reg_1, i32 0
  %v99 = load float, float* %v98
  %v100 = getelementptr inbounds float, float* %reg_1, i32 1
  %v101 = load float, float* %v100
  %v102 = getelementptr inbounds float, float* %reg_1, i32 2
  %v103 = load float, float* %v102
  %v104 = getelementptr inbounds float, float* %reg_1, i32 3
  %v105 = load float, float* %v104
  %v106 = fadd nsz arcp contract afn float %v99, %v91
  %v107 = fadd nsz arcp contract afn float %v101, %v93
  %v108 = fadd nsz arcp contract afn float %v103, %v95
  %v109 = fadd nsz arcp contract afn float %v105, %v97
  %v110_0 = insertelement <4 x float> poison, float %v106, i32 0
  %v110_1 = insertelement <4 x float> %v110_0, float %v107, i32 1
  %v110_2 = insertelement <4 x float> %v110_1, float %v108, i32 2
  %v110 = insertelement <4 x float> %v110_2, float %v109, i32 3
  %v111 = shl i32 %v3, 2
  %v112 = add nsw i32 %v2, %v111
  %v113 = getelementptr inbounds float, float* %data0, i32 %v112
  store <4 x float> %v110, <4 x float>* %v113
  br label %loop_footer_6
loop_footer_6:
  br label %loop_latch_6
loop_exit_6:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }