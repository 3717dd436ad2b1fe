define void @E_64_128_7_2_7_2_2(float* noalias align 32 %data0, float* noalias align 32 %data1, i32 %data2) #0
{

  %v1 = mul i32 %data2, 3136
  %v2 = mul i32 %data2, 1605632
  br label %loop_entry_0_0_0
loop_entry_0_0_0:
  br label %loop_latch_0_0_0
loop_latch_0_0_0:
  %v3 = phi i32 [ 0, %loop_entry_0_0_0 ], [ %v3phi, %loop_footer_0_0_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0_0_0, label %loop_exit_0_0_0
loop_body_0_0_0:
  %v4 = mul i32 %v3, 49
  %v5 = add nsw i32 %v1, %v4
  %v6 = mul i32 %v3, 25088
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 128
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = mul i32 %v8, 49
  %v10 = mul i32 %v8, 6272
  br label %loop_entry_1_1
loop_entry_1_1:
  br label %loop_latch_1_1
loop_latch_1_1:
  %v11 = phi i32 [ 0, %loop_entry_1_1 ], [ %v11phi, %loop_footer_1_1 ]
  %v11phi = add i32 %v11, 1
  %v11cmp = icmp ult i32 %v11, 7
  br i1 %v11cmp, label %loop_body_1_1, label %loop_exit_1_1
loop_body_1_1:
  %v12 = add nsw i32 %v5, %v11
  %v13 = add nsw i32 %v12, %v10
  %v14 = add nsw i32 %v13, 1
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = icmp slt i32 %v11, 6
  br label %v17_entry
v17_entry:
  br i1 %v16, label %v17_load, label %v17_exit
v17_load:
  %v17_yes = load float, float* %v15
  br label %v17_exit
v17_exit:
  %v17 = phi float [%v17_yes, %v17_load], [0.0, %v17_entry]
  %v18 = add nsw i32 %v13, 7
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load float, float* %v19
  %v21 = add nsw i32 %v13, 8
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  br label %v23_entry
v23_entry:
  br i1 %v16, label %v23_load, label %v23_exit
v23_load:
  %v23_yes = load float, float* %v22
  br label %v23_exit
v23_exit:
  %v23 = phi float [%v23_yes, %v23_load], [0.0, %v23_entry]
  %v24 = add nsw i32 %v13, 14
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v13, 15
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  br label %v29_entry
v29_entry:
  br i1 %v16, label %v29_load, label %v29_exit
v29_load:
  %v29_yes = load float, float* %v28
  br label %v29_exit
v29_exit:
  %v29 = phi float [%v29_yes, %v29_load], [0.0, %v29_entry]
  %v30 = add nsw i32 %v13, 21
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  %v32 = load float, float* %v31
  %v33 = add nsw i32 %v13, 22
  %v34 = getelementptr inbounds float, float* %data1, i32 %v33
  br label %v35_entry
v35_entry:
  br i1 %v16, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v34
  br label %v35_exit
v35_exit:
  %v35 = phi float [%v35_yes, %v35_load], [0.0, %v35_entry]
  %v36 = add nsw i32 %v13, 28
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  %v38 = load float, float* %v37
  %v39 = add nsw i32 %v13, 29
  %v40 = getelementptr inbounds float, float* %data1, i32 %v39
  br label %v41_entry
v41_entry:
  br i1 %v16, label %v41_load, label %v41_exit
v41_load:
  %v41_yes = load float, float* %v40
  br label %v41_exit
v41_exit:
  %v41 = phi float [%v41_yes, %v41_load], [0.0, %v41_entry]
  %v42 = add nsw i32 %v13, 35
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  %v44 = load float, float* %v43
  %v45 = add nsw i32 %v13, 36
  %v46 = getelementptr inbounds float, float* %data1, i32 %v45
  br label %v47_entry
v47_entry:
  br i1 %v16, label %v47_load, label %v47_exit
v47_load:
  %v47_yes = load float, float* %v46
  br label %v47_exit
v47_exit:
  %v47 = phi float [%v47_yes, %v47_load], [0.0, %v47_entry]
  %v48 = add nsw i32 %v13, 42
  %v49 = getelementptr inbounds float, float* %data1, i32 %v48
  %v50 = load float, float* %v49
  %v51 = add nsw i32 %v13, 43
  %v52 = getelementptr inbounds float, float* %data1, i32 %v51
  br label %v53_entry
v53_entry:
  br i1 %v16, label %v53_load, label %v53_exit
v53_load:
  %v53_yes = load float, float* %v52
  br label %v53_exit
v53_exit:
  %v53 = phi float [%v53_yes, %v53_load], [0.0, %v53_entry]
  %v54 = getelementptr inbounds float, float* %data1, i32 %v13
  %v55 = load float, float* %v54
  %v56 = add nsw i32 %v9, %v11
  %v57 = add nsw i32 %v7, %v56
  %v58 = add nsw i32 %v57, 7
  %v59 = getelementptr inbounds float, float* %data0, i32 %v58
  %v60 = add nsw i32 %v57, 14
  %v61 = getelementptr inbounds float, float* %data0, i32 %v60
  %v62 = add nsw i32 %v57, 21
  %v63 = getelementptr inbounds float, float* %data0, i32 %v62
  %v64 = add nsw i32 %v57, 28
  %v65 = getelementptr inbounds float, float* %data0, i32 %v64
  %v66 = add nsw i32 %v57, 35
  %v67 = getelementptr inbounds float, float* %data0, i32 %v66
  %v68 = add nsw i32 %v57, 42
  %v69 = getelementptr inbounds float, float* %data0, i32 %v68
  %v70 = add nsw i32 %v57, 6272
  %v71 = getelementptr inbounds float, float* %data0, i32 %v70
  %v72 = add nsw i32 %v57, 6279
  %v73 = getelementptr inbounds float, float* %data0, i32 %v72
  %v74 = add nsw i32 %v57, 6286
  %v75 = getelementptr inbounds float, float* %data0, i32 %v74
  %v76 = add nsw i32 %v57, 6293
  %v77 = getelementptr inbounds float, float* %data0, i32 %v76
  %v78 = add nsw i32 %v57, 6300
  %v79 = getelementptr inbounds float, float* %data0, i32 %v78
  %v80 = add nsw i32 %v57, 6307
  %v81 = getelementptr inbounds float, float* %data0, i32 %v80
  %v82 = add nsw i32 %v57, 6314
  %v83 = getelementptr inbounds float, float* %data0, i32 %v82
  %v84 = add nsw i32 %v57, 12544
  %v85 = getelementptr inbounds float, float* %data0, i32 %v84
  %v86 = add nsw i32 %v57, 12551
  %v87 = getelementptr inbounds float, float* %data0, i32 %v86
  %v88 = add nsw i32 %v57, 12558
  %v89 = getelementptr inbounds float, float* %data0, i32 %v88
  %v90 = add nsw i32 %v57, 12565
  %v91 = getelementptr inbounds float, float* %data0, i32 %v90
  %v92 = add nsw i32 %v57, 12572
  %v93 = getelementptr inbounds float, float* %data0, i32 %v92
  %v94 = add nsw i32 %v57, 12579
  %v95 = getelementptr inbounds float, float* %data0, i32 %v94
  %v96 = add nsw i32 %v57, 12586
  %v97 = getelementptr inbounds float, float* %data0, i32 %v96
  %v98 = add nsw i32 %v57, 18816
  %v99 = getelementptr inbounds float, float* %data0, i32 %v98
  %v100 = add nsw i32 %v57, 18823
  %v101 = getelementptr inbounds float, float* %data0, i32 %v100
  %v102 = add nsw i32 %v57, 18830
  %v103 = getelementptr inbounds float, float* %data0, i32 %v102
  %v104 = add nsw i32 %v57, 18837
  %v105 = getelementptr inbounds float, float* %data0, i32 %v104
  %v106 = add nsw i32 %v57, 18844
  %v107 = getelementptr inbounds float, float* %data0, i32 %v106
  %v108 = add nsw i32 %v57, 18851
  %v109 = getelementptr inbounds float, float* %data0, i32 %v108
  %v110 = add nsw i32 %v57, 18858
  %v111 = getelementptr inbounds float, float* %data0, i32 %v110
  %v112 = getelementptr inbounds float, float* %data0, i32 %v57
  store float %v20, float* %v59
  store float %v26, float* %v61
  store float %v32, float* %v63
  store float %v38, float* %v65
  store float %v44, float* %v67
  store float %v50, float* %v69
  store float %v17, float* %v71
  store float %v23, float* %v73
  store float %v29, float* %v75
  store float %v35, float* %v77
  store float %v41, float* %v79
  store float %v47, float* %v81
  store float %v53, float* %v83
  store float %v20, float* %v85
  store float %v26, float* %v87
  store float %v32, float* %v89
  store float %v38, float* %v91
  store float %v44, float* %v93
  store float %v50, float* %v95
  store float 0.0, float* %v97
  store float %v23, float* %v99
  store float %v29, float* %v101
  store float %v35, float* %v103
  store float %v41, float* %v105
  store float %v47, float* %v107
  store float %v53, float* %v109
  store float 0.0, float* %v111
  store float %v55, float* %v112
  br label %loop_footer_1_1
loop_footer_1_1:
  br label %loop_latch_1_1
loop_exit_1_1:
  br label %loop_footer_1_0_0
loop_footer_1_0_0:
  br label %loop_latch_1_0_0
loop_exit_1_0_0:
  br label %loop_footer_0_0_0
loop_footer_0_0_0:
  br label %loop_latch_0_0_0
loop_exit_0_0_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }