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
  %v14 = add nsw i32 %v13, -1
  %v15 = getelementptr inbounds float, float* %data1, i32 %v14
  %v16 = icmp slt i32 0, %v11
  br label %v17_entry
v17_entry:
  br i1 %v16, label %v17_load, label %v17_exit
v17_load:
  %v17_yes = load float, float* %v15
  br label %v17_exit
v17_exit:
  %v17 = phi float [%v17_yes, %v17_load], [0.0, %v17_entry]
  %v18 = add nsw i32 %v13, 6
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  br label %v20_entry
v20_entry:
  br i1 %v16, label %v20_load, label %v20_exit
v20_load:
  %v20_yes = load float, float* %v19
  br label %v20_exit
v20_exit:
  %v20 = phi float [%v20_yes, %v20_load], [0.0, %v20_entry]
  %v21 = add nsw i32 %v13, 7
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load float, float* %v22
  %v24 = add nsw i32 %v13, 13
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  br label %v26_entry
v26_entry:
  br i1 %v16, label %v26_load, label %v26_exit
v26_load:
  %v26_yes = load float, float* %v25
  br label %v26_exit
v26_exit:
  %v26 = phi float [%v26_yes, %v26_load], [0.0, %v26_entry]
  %v27 = add nsw i32 %v13, 14
  %v28 = getelementptr inbounds float, float* %data1, i32 %v27
  %v29 = load float, float* %v28
  %v30 = add nsw i32 %v13, 20
  %v31 = getelementptr inbounds float, float* %data1, i32 %v30
  br label %v32_entry
v32_entry:
  br i1 %v16, label %v32_load, label %v32_exit
v32_load:
  %v32_yes = load float, float* %v31
  br label %v32_exit
v32_exit:
  %v32 = phi float [%v32_yes, %v32_load], [0.0, %v32_entry]
  %v33 = add nsw i32 %v13, 21
  %v34 = getelementptr inbounds float, float* %data1, i32 %v33
  %v35 = load float, float* %v34
  %v36 = add nsw i32 %v13, 27
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  br label %v38_entry
v38_entry:
  br i1 %v16, label %v38_load, label %v38_exit
v38_load:
  %v38_yes = load float, float* %v37
  br label %v38_exit
v38_exit:
  %v38 = phi float [%v38_yes, %v38_load], [0.0, %v38_entry]
  %v39 = add nsw i32 %v13, 28
  %v40 = getelementptr inbounds float, float* %data1, i32 %v39
  %v41 = load float, float* %v40
  %v42 = add nsw i32 %v13, 34
  %v43 = getelementptr inbounds float, float* %data1, i32 %v42
  br label %v44_entry
v44_entry:
  br i1 %v16, label %v44_load, label %v44_exit
v44_load:
  %v44_yes = load float, float* %v43
  br label %v44_exit
v44_exit:
  %v44 = phi float [%v44_yes, %v44_load], [0.0, %v44_entry]
  %v45 = add nsw i32 %v13, 35
  %v46 = getelementptr inbounds float, float* %data1, i32 %v45
  %v47 = load float, float* %v46
  %v48 = add nsw i32 %v13, 41
  %v49 = getelementptr inbounds float, float* %data1, i32 %v48
  br label %v50_entry
v50_entry:
  br i1 %v16, label %v50_load, label %v50_exit
v50_load:
  %v50_yes = load float, float* %v49
  br label %v50_exit
v50_exit:
  %v50 = phi float [%v50_yes, %v50_load], [0.0, %v50_entry]
  %v51 = add nsw i32 %v13, 42
  %v52 = getelementptr inbounds float, float* %data1, i32 %v51
  %v53 = load float, float* %v52
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
  store float %v55, float* %v71
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
  store float %v17, float* %v112
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