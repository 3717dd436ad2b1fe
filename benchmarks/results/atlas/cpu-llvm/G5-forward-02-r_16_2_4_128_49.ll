define void @r_16_2_4_128_49(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, i32 %data3) #0
{

  %reg_0 = alloca [4 x float]
  %v1 = mul i32 %data3, 3136
  %v2 = shl i32 %data3, 6
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v3 = phi i32 [ 0, %loop_entry_3 ], [ %v3phi, %loop_footer_3 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 16
  br i1 %v3cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v4 = shl i32 %v3, 2
  %v5 = add nsw i32 %v2, %v4
  %v6 = getelementptr inbounds float, float* %data2, i32 %v5
  %v7 = load <4 x float>, <4 x float>* %v6
  %v8 = getelementptr inbounds float, float* %reg_0, i32 0
  %v9 = getelementptr inbounds float, float* %reg_0, i32 1
  %v10 = getelementptr inbounds float, float* %reg_0, i32 2
  %v11 = getelementptr inbounds float, float* %reg_0, i32 3
  %v12 = extractelement <4 x float> %v7, i32 0
  %v13 = extractelement <4 x float> %v7, i32 1
  %v14 = extractelement <4 x float> %v7, i32 2
  %v15 = extractelement <4 x float> %v7, i32 3
  %v16 = mul i32 %v3, 196
  %v17 = add nsw i32 %v1, %v16
  %v18 = fmul nsz arcp contract afn float %v12, -1.0
  %v19 = fmul nsz arcp contract afn float %v13, -1.0
  %v20 = fmul nsz arcp contract afn float %v14, -1.0
  %v21 = fmul nsz arcp contract afn float %v15, -1.0
  store float 0.0, float* %v8
  store float 0.0, float* %v9
  store float 0.0, float* %v10
  store float 0.0, float* %v11
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v26 = phi i32 [ 0, %loop_entry_0 ], [ %v26phi, %loop_footer_0 ]
  %v26phi = add i32 %v26, 1
  %v26cmp = icmp ult i32 %v26, 128
  br i1 %v26cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v27 = mul i32 %v26, 6272
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v28 = phi i32 [ 0, %loop_entry_1 ], [ %v28phi, %loop_footer_1 ]
  %v28phi = add i32 %v28, 1
  %v28cmp = icmp ult i32 %v28, 49
  br i1 %v28cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v29 = add nsw i32 %v17, %v28
  %v30 = add nsw i32 %v29, %v27
  %v31 = add nsw i32 %v30, 49
  %v32 = getelementptr inbounds float, float* %data1, i32 %v31
  %v33 = load float, float* %v32
  %v34 = add nsw i32 %v30, 98
  %v35 = getelementptr inbounds float, float* %data1, i32 %v34
  %v36 = load float, float* %v35
  %v37 = add nsw i32 %v30, 147
  %v38 = getelementptr inbounds float, float* %data1, i32 %v37
  %v39 = load float, float* %v38
  %v40 = getelementptr inbounds float, float* %data1, i32 %v30
  %v41 = load float, float* %v40
  %v42 = getelementptr inbounds float, float* %reg_0, i32 0
  %v43 = load float, float* %v42
  %v44 = getelementptr inbounds float, float* %reg_0, i32 1
  %v45 = load float, float* %v44
  %v46 = getelementptr inbounds float, float* %reg_0, i32 2
  %v47 = load float, float* %v46
  %v48 = getelementptr inbounds float, float* %reg_0, i32 3
  %v49 = load float, float* %v48
  %v50 = fadd nsz arcp contract afn float %v33, %v19
  %v51 = fadd nsz arcp contract afn float %v36, %v20
  %v52 = fadd nsz arcp contract afn float %v39, %v21
  %v53 = fadd nsz arcp contract afn float %v41, %v18
  %v54 = fmul nsz arcp contract afn float %v53, %v53
  %v55 = fadd nsz arcp contract afn float %v43, %v54
  %v56 = fmul nsz arcp contract afn float %v50, %v50
  %v57 = fadd nsz arcp contract afn float %v45, %v56
  %v58 = fmul nsz arcp contract afn float %v51, %v51
  %v59 = fadd nsz arcp contract afn float %v47, %v58
  %v60 = fmul nsz arcp contract afn float %v52, %v52
  %v61 = fadd nsz arcp contract afn float %v49, %v60
  store float %v55, float* %v42
  store float %v57, float* %v44
  store float %v59, float* %v46
  store float %v61, float* %v48
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v68 = getelementptr inbounds float, float* %reg_0, i32 0
  %v69 = load float, float* %v68
  %v70 = getelementptr inbounds float, float* %reg_0, i32 1
  %v71 = load float, float* %v70
  %v72 = getelementptr inbounds float, float* %reg_0, i32 2
  %v73 = load float, float* %v72
  %v74 = getelementptr inbounds float, float* %reg_0, i32 3
  %v75 = load float, float* %v74
  %v76 = fmul nsz arcp contract afn float %v69, 0.0001594387722434476
  %v77 = fmul nsz arcp contract afn float %v71, 0.0001594387722434476
  %v78 = fmul nsz arcp contract afn float %v73, 0.0001594387722434476
  %v79 = fmul nsz arcp contract afn float %v75, 0.0001594387722434476
  %v80_0 = insertelement <4 x float> poison, float %v76, i32 0
  %v80_1 = insertelement <4 x float> %v80_0, float %v77, i32 1
  %v80_2 = insertelement <4 x float> %v80_1, float %v78, i32 2
  %v80 = insertelement <4 x float> %v80_2, float %v79, i32 3
  %v81 = getelementptr inbounds float, float* %data0, i32 %v5
  store <4 x float> %v80, <4 x float>* %v81
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }