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
  %v15 = shl i32 %v14, 7
  %v16 = add nsw i32 %v4, %v15
  %v17 = add nsw i32 %v16, %v6
  %v18 = add nsw i32 %v17, 6272
  %v19 = getelementptr inbounds float, float* %data1, i32 %v18
  %v20 = load <4 x float>, <4 x float>* %v19
  %v21 = add nsw i32 %v17, 12544
  %v22 = getelementptr inbounds float, float* %data1, i32 %v21
  %v23 = load <4 x float>, <4 x float>* %v22
  %v24 = add nsw i32 %v17, 18816
  %v25 = getelementptr inbounds float, float* %data1, i32 %v24
  %v26 = load <4 x float>, <4 x float>* %v25
  %v27 = getelementptr inbounds float, float* %data1, i32 %v17
  %v28 = load <4 x float>, <4 x float>* %v27
  %v29 = add nsw i32 %v13, %v14
  %v30 = add nsw i32 %v4, %v29
  %v31 = add nsw i32 %v30, 49
  %v32 = getelementptr inbounds float, float* %data0, i32 %v31
  %v33 = add nsw i32 %v30, 98
  %v34 = getelementptr inbounds float, float* %data0, i32 %v33
  %v35 = add nsw i32 %v30, 147
  %v36 = getelementptr inbounds float, float* %data0, i32 %v35
  %v37 = add nsw i32 %v30, 6272
  %v38 = getelementptr inbounds float, float* %data0, i32 %v37
  %v39 = add nsw i32 %v30, 6321
  %v40 = getelementptr inbounds float, float* %data0, i32 %v39
  %v41 = add nsw i32 %v30, 6370
  %v42 = getelementptr inbounds float, float* %data0, i32 %v41
  %v43 = add nsw i32 %v30, 6419
  %v44 = getelementptr inbounds float, float* %data0, i32 %v43
  %v45 = add nsw i32 %v30, 12544
  %v46 = getelementptr inbounds float, float* %data0, i32 %v45
  %v47 = add nsw i32 %v30, 12593
  %v48 = getelementptr inbounds float, float* %data0, i32 %v47
  %v49 = add nsw i32 %v30, 12642
  %v50 = getelementptr inbounds float, float* %data0, i32 %v49
  %v51 = add nsw i32 %v30, 12691
  %v52 = getelementptr inbounds float, float* %data0, i32 %v51
  %v53 = add nsw i32 %v30, 18816
  %v54 = getelementptr inbounds float, float* %data0, i32 %v53
  %v55 = add nsw i32 %v30, 18865
  %v56 = getelementptr inbounds float, float* %data0, i32 %v55
  %v57 = add nsw i32 %v30, 18914
  %v58 = getelementptr inbounds float, float* %data0, i32 %v57
  %v59 = add nsw i32 %v30, 18963
  %v60 = getelementptr inbounds float, float* %data0, i32 %v59
  %v61 = getelementptr inbounds float, float* %data0, i32 %v30
  %v62 = extractelement <4 x float> %v20, i32 0
  %v63 = extractelement <4 x float> %v20, i32 1
  %v64 = extractelement <4 x float> %v20, i32 2
  %v65 = extractelement <4 x float> %v20, i32 3
  %v66 = extractelement <4 x float> %v23, i32 0
  %v67 = extractelement <4 x float> %v23, i32 1
  %v68 = extractelement <4 x float> %v23, i32 2
  %v69 = extractelement <4 x float> %v23, i32 3
  %v70 = extractelement <4 x float> %v26, i32 0
  %v71 = extractelement <4 x float> %v26, i32 1
  %v72 = extractelement <4 x float> %v26, i32 2
  %v73 = extractelement <4 x float> %v26, i32 3
  %v74 = extractelement <4 x float> %v28, i32 0
  %v75 = extractelement <4 x float> %v28, i32 1
  %v76 = extractelement <4 x float> %v28, i32 2
  %v77 = extractelement <4 x float> %v28, i32 3
  %v78 = fadd nsz arcp contract afn float %v62, %v9
  %v79 = fadd nsz arcp contract afn float %v63, %v10
  %v80 = fadd nsz arcp contract afn float %v64, %v11
  %v81 = fadd nsz arcp contract afn float %v65, %v12
  %v82 = fadd nsz arcp contract afn float %v66, %v9
  %v83 = fadd nsz arcp contract afn float %v67, %v10
  %v84 = fadd nsz arcp contract afn float %v68, %v11
  %v85 = fadd nsz arcp contract afn float %v69, %v12
  %v86 = fadd nsz arcp contract afn float %v70, %v9
  %v87 = fadd nsz arcp contract afn float %v71, %v10
  %v88 = fadd nsz arcp contract afn float %v72, %v11
  %v89 = fadd nsz arcp contract afn float %v73, %v12
  %v90 = fadd nsz arcp contract afn float %v74, %v9
  %v91 = fadd nsz arcp contract afn float %v75, %v10
  %v92 = fadd nsz arcp contract afn float %v76, %v11
  %v93 = fadd nsz arcp contract afn float %v77, %v12
  store float %v91, float* %v32
  store float %v92, float* %v34
  store float %v93, float* %v36
  store float %v78, float* %v38
  store float %v79, float* %v40
  store float %v80, float* %v42
  store float %v81, float* %v44
  store float %v82, float* %v46
  store float %v83, float* %v48
  store float %v84, float* %v50
  store float %v85, float* %v52
  store float %v86, float* %v54
  store float %v87, float* %v56
  store float %v88, float* %v58
  store float %v89, float* %v60
  store float %v90, float* %v61
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