define void @E_64_64_8_8_2_2_2(float* noalias align 32 %data0, i1* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, i32 %data4) #0
{

  %v1 = mul i32 %data4, 802816
  %v2 = shl i32 %data4, 20
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v3 = phi i32 [ 0, %loop_entry_0 ], [ %v3phi, %loop_footer_0 ]
  %v3phi = add i32 %v3, 1
  %v3cmp = icmp ult i32 %v3, 64
  br i1 %v3cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v4 = mul i32 %v3, 12544
  %v5 = add nsw i32 %v1, %v4
  %v6 = shl i32 %v3, 14
  %v7 = add nsw i32 %v2, %v6
  br label %loop_entry_1_0_0
loop_entry_1_0_0:
  br label %loop_latch_1_0_0
loop_latch_1_0_0:
  %v8 = phi i32 [ 0, %loop_entry_1_0_0 ], [ %v8phi, %loop_footer_1_0_0 ]
  %v8phi = add i32 %v8, 1
  %v8cmp = icmp ult i32 %v8, 64
  br i1 %v8cmp, label %loop_body_1_0_0, label %loop_exit_1_0_0
loop_body_1_0_0:
  %v9 = getelementptr inbounds float, float* %data3, i32 %v8
  %v10 = load float, float* %v9
  %v11 = mul i32 %v8, 196
  %v12 = shl i32 %v8, 8
  br label %loop_entry_2
loop_entry_2:
  br label %loop_latch_2
loop_latch_2:
  %v13 = phi i32 [ 0, %loop_entry_2 ], [ %v13phi, %loop_footer_2 ]
  %v13phi = add i32 %v13, 1
  %v13cmp = icmp ult i32 %v13, 8
  br i1 %v13cmp, label %loop_body_2, label %loop_exit_2
loop_body_2:
  %v14 = mul i32 %v13, 28
  %v15 = mul i32 %v13, 1792
  %v16 = shl i32 %v13, 3
  %v17 = icmp slt i32 0, %v13
  %v18 = icmp slt i32 %v13, 7
  br label %loop_entry_3
loop_entry_3:
  br label %loop_latch_3
loop_latch_3:
  %v19 = phi i32 [ 0, %loop_entry_3 ], [ %v19phi, %loop_footer_3 ]
  %v19phi = add i32 %v19, 1
  %v19cmp = icmp ult i32 %v19, 8
  br i1 %v19cmp, label %loop_body_3, label %loop_exit_3
loop_body_3:
  %v20 = shl i32 %v19, 1
  %v21 = add nsw i32 %v14, %v20
  %v22 = add nsw i32 %v21, %v11
  %v23 = add nsw i32 %v22, %v5
  %v24 = add nsw i32 %v23, -15
  %v25 = getelementptr inbounds i1, i1* %data1, i32 %v24
  %v26 = icmp slt i32 0, %v19
  %v27 = and i1 %v17, %v26
  br label %v28_entry
v28_entry:
  br i1 %v27, label %v28_load, label %v28_exit
v28_load:
  %v28_yes = load i1, i1* %v25
  br label %v28_exit
v28_exit:
  %v28 = phi i1 [%v28_yes, %v28_load], [0, %v28_entry]
  %v29 = add nsw i32 %v23, -14
  %v30 = getelementptr inbounds i1, i1* %data1, i32 %v29
  %v31 = icmp slt i32 %v19, 7
  %v32 = and i1 %v17, %v31
  br label %v33_entry
v33_entry:
  br i1 %v32, label %v33_load, label %v33_exit
v33_load:
  %v33_yes = load i1, i1* %v30
  br label %v33_exit
v33_exit:
  %v33 = phi i1 [%v33_yes, %v33_load], [0, %v33_entry]
  %v34 = add nsw i32 %v23, -1
  %v35 = getelementptr inbounds i1, i1* %data1, i32 %v34
  %v36 = and i1 %v18, %v26
  br label %v37_entry
v37_entry:
  br i1 %v36, label %v37_load, label %v37_exit
v37_load:
  %v37_yes = load i1, i1* %v35
  br label %v37_exit
v37_exit:
  %v37 = phi i1 [%v37_yes, %v37_load], [0, %v37_entry]
  %v38 = getelementptr inbounds i1, i1* %data1, i32 %v23
  %v39 = and i1 %v18, %v31
  br label %v40_entry
v40_entry:
  br i1 %v39, label %v40_load, label %v40_exit
v40_load:
  %v40_yes = load i1, i1* %v38
  br label %v40_exit
v40_exit:
  %v40 = phi i1 [%v40_yes, %v40_load], [0, %v40_entry]
  %v41 = shl i32 %v19, 7
  %v42 = add nsw i32 %v15, %v41
  %v43 = add nsw i32 %v5, %v42
  %v44 = add nsw i32 %v43, %v8
  %v45 = add nsw i32 %v44, -960
  %v46 = getelementptr inbounds float, float* %data2, i32 %v45
  br label %v47_entry
v47_entry:
  br i1 %v27, label %v47_load, label %v47_exit
v47_load:
  %v47_yes = load float, float* %v46
  br label %v47_exit
v47_exit:
  %v47 = phi float [%v47_yes, %v47_load], [0.0, %v47_entry]
  %v48 = add nsw i32 %v44, -896
  %v49 = getelementptr inbounds float, float* %data2, i32 %v48
  br label %v50_entry
v50_entry:
  br i1 %v32, label %v50_load, label %v50_exit
v50_load:
  %v50_yes = load float, float* %v49
  br label %v50_exit
v50_exit:
  %v50 = phi float [%v50_yes, %v50_load], [0.0, %v50_entry]
  %v51 = add nsw i32 %v44, -64
  %v52 = getelementptr inbounds float, float* %data2, i32 %v51
  br label %v53_entry
v53_entry:
  br i1 %v36, label %v53_load, label %v53_exit
v53_load:
  %v53_yes = load float, float* %v52
  br label %v53_exit
v53_exit:
  %v53 = phi float [%v53_yes, %v53_load], [0.0, %v53_entry]
  %v54 = getelementptr inbounds float, float* %data2, i32 %v44
  br label %v55_entry
v55_entry:
  br i1 %v39, label %v55_load, label %v55_exit
v55_load:
  %v55_yes = load float, float* %v54
  br label %v55_exit
v55_exit:
  %v55 = phi float [%v55_yes, %v55_load], [0.0, %v55_entry]
  %v56 = add nsw i32 %v16, %v19
  %v57 = add nsw i32 %v56, %v12
  %v58 = add nsw i32 %v57, %v7
  %v59 = add nsw i32 %v58, 64
  %v60 = getelementptr inbounds float, float* %data0, i32 %v59
  %v61 = add nsw i32 %v58, 128
  %v62 = getelementptr inbounds float, float* %data0, i32 %v61
  %v63 = add nsw i32 %v58, 192
  %v64 = getelementptr inbounds float, float* %data0, i32 %v63
  %v65 = getelementptr inbounds float, float* %data0, i32 %v58
  %v66 = fadd nsz arcp contract afn float %v47, %v10
  %v67 = fadd nsz arcp contract afn float %v50, %v10
  %v68 = fadd nsz arcp contract afn float %v53, %v10
  %v69 = fadd nsz arcp contract afn float %v55, %v10
  %v70 = fmul nsz arcp contract afn float 0.20000000298023224, %v66
  %v71 = fmul nsz arcp contract afn float 0.20000000298023224, %v67
  %v72 = fmul nsz arcp contract afn float 0.20000000298023224, %v68
  %v73 = fmul nsz arcp contract afn float 0.20000000298023224, %v69
  %v74 = fcmp nsz arcp contract afn olt float %v66, 0.0
  %v75 = select i1 %v74, float %v70, float %v66
  %v76 = select i1 %v28, float %v75, float 0.0
  %v77 = fmul nsz arcp contract afn float %v76, 1.4285714626312256
  %v78 = fcmp nsz arcp contract afn olt float %v67, 0.0
  %v79 = select i1 %v78, float %v71, float %v67
  %v80 = select i1 %v33, float %v79, float 0.0
  %v81 = fmul nsz arcp contract afn float %v80, 1.4285714626312256
  %v82 = fcmp nsz arcp contract afn olt float %v68, 0.0
  %v83 = select i1 %v82, float %v72, float %v68
  %v84 = select i1 %v37, float %v83, float 0.0
  %v85 = fmul nsz arcp contract afn float %v84, 1.4285714626312256
  %v86 = fcmp nsz arcp contract afn olt float %v69, 0.0
  %v87 = select i1 %v86, float %v73, float %v69
  %v88 = select i1 %v40, float %v87, float 0.0
  %v89 = fmul nsz arcp contract afn float %v88, 1.4285714626312256
  %v90 = select i1 %v27, float %v77, float 0.0
  %v91 = select i1 %v32, float %v81, float 0.0
  %v92 = select i1 %v36, float %v85, float 0.0
  %v93 = select i1 %v39, float %v89, float 0.0
  store float %v91, float* %v60
  store float %v92, float* %v62
  store float %v93, float* %v64
  store float %v90, float* %v65
  br label %loop_footer_3
loop_footer_3:
  br label %loop_latch_3
loop_exit_3:
  br label %loop_footer_2
loop_footer_2:
  br label %loop_latch_2
loop_exit_2:
  br label %loop_footer_1_0_0
loop_footer_1_0_0:
  br label %loop_latch_1_0_0
loop_exit_1_0_0:
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "no-trapping-math"="true" }