@local_0 = internal unnamed_addr addrspace(3) global [16 x float] undef, align 16
define amdgpu_kernel void @r_16_8_128(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4, float* noalias align 32 %data5) #0
{
  %reg_0 = alloca [1 x float]
  %reg_1 = alloca [1 x float]
  %reg_2 = alloca [1 x float]
  %local_0 = addrspacecast [16 x float] addrspace(3)* @local_0 to [16 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v1 = getelementptr inbounds float, float* %reg_0, i32 0
  %v2 = shl i32 %v0, 3
  store float 0.0, float* %v1
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v4 = phi i32 [ 0, %loop_entry_0 ], [ %v4phi, %loop_footer_0 ]
  %v4phi = add i32 %v4, 1
  %v4cmp = icmp ult i32 %v4, 8
  br i1 %v4cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v5 = add nsw i32 %v2, %v4
  %v6 = getelementptr inbounds float, float* %data2, i32 %v5
  %v7 = load float, float* %v6
  %v8 = getelementptr inbounds float, float* %data3, i32 %v5
  %v9 = load float, float* %v8
  %v10 = getelementptr inbounds float, float* %reg_0, i32 0
  %v11 = load float, float* %v10
  %v12 = fcmp nsz arcp contract afn olt float %v9, 0.0
  %v13 = select i1 %v12, float 0.0, float %v9
  %v14 = fmul nsz arcp contract afn float %v13, -1.0
  %v15 = fadd nsz arcp contract afn float %v9, %v14
  %v16 = fmul nsz arcp contract afn float %v15, 1.4426950216293335
  %v17 = call float @llvm.exp2.float(float %v16)
  %v18 = fmul nsz arcp contract afn float %v9, -1.0
  %v19 = fcmp nsz arcp contract afn olt float %v18, 0.0
  %v20 = select i1 %v19, float 0.0, float %v18
  %v21 = fmul nsz arcp contract afn float %v20, -1.0
  %v22 = fadd nsz arcp contract afn float %v18, %v21
  %v23 = fmul nsz arcp contract afn float %v22, 1.4426950216293335
  %v24 = call float @llvm.exp2.float(float %v23)
  %v25 = fmul nsz arcp contract afn float %v13, -1.4426950216293335
  %v26 = call float @llvm.exp2.float(float %v25)
  %v27 = fmul nsz arcp contract afn float %v20, -1.4426950216293335
  %v28 = call float @llvm.exp2.float(float %v27)
  %v29 = fmul nsz arcp contract afn float %v7, -1.0
  %v30 = fadd nsz arcp contract afn float 1.0, %v29
  %v31 = fadd nsz arcp contract afn float %v17, %v26
  %v32 = fadd nsz arcp contract afn float %v24, %v28
  %v33 = fdiv nsz arcp contract afn float %v7, %v31
  %v34 = fmul nsz arcp contract afn float %v33, %v17
  %v35 = fmul nsz arcp contract afn float %v34, -0.0078125
  %v36 = fmul nsz arcp contract afn float %v33, %v26
  %v37 = fmul nsz arcp contract afn float %v36, -0.0078125
  %v38 = fadd nsz arcp contract afn float %v37, %v35
  %v39 = fmul nsz arcp contract afn float %v7, 0.0078125
  %v40 = fadd nsz arcp contract afn float %v39, %v38
  %v41 = fdiv nsz arcp contract afn float %v30, %v32
  %v42 = fmul nsz arcp contract afn float %v41, %v24
  %v43 = fmul nsz arcp contract afn float %v42, -0.0078125
  %v44 = fmul nsz arcp contract afn float %v41, %v28
  %v45 = fmul nsz arcp contract afn float %v44, -0.0078125
  %v46 = fadd nsz arcp contract afn float %v45, %v43
  %v47 = fmul nsz arcp contract afn float %v30, 0.0078125
  %v48 = fadd nsz arcp contract afn float %v47, %v46
  %v49 = fmul nsz arcp contract afn float %v40, 0.5
  %v50 = fcmp nsz arcp contract afn olt float 0.0, %v9
  %v51 = fcmp nsz arcp contract afn une float %v9, 0.0
  %v52 = select i1 %v51, float 0.0, float %v49
  %v53 = select i1 %v50, float %v40, float %v52
  %v54 = fmul nsz arcp contract afn float %v53, -1.0
  %v55 = fadd nsz arcp contract afn float %v35, %v54
  %v56 = fmul nsz arcp contract afn float %v48, 0.5
  %v57 = fmul nsz arcp contract afn float %v42, 0.0078125
  %v58 = fcmp nsz arcp contract afn olt float 0.0, %v18
  %v59 = fcmp nsz arcp contract afn une float %v18, 0.0
  %v60 = select i1 %v59, float 0.0, float %v56
  %v61 = select i1 %v58, float %v48, float %v60
  %v62 = fadd nsz arcp contract afn float %v57, %v61
  %v63 = fadd nsz arcp contract afn float %v62, %v55
  %v64 = fadd nsz arcp contract afn float %v11, %v63
  store float %v64, float* %v10
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v67 = getelementptr inbounds float, float* %reg_2, i32 0
  store float 0.0, float* %v67
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v69 = phi i32 [ 0, %loop_entry_1 ], [ %v69phi, %loop_footer_1 ]
  %v69phi = add i32 %v69, 1
  %v69cmp = icmp ult i32 %v69, 128
  br i1 %v69cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v70 = getelementptr inbounds float, float* %data4, i32 %v69
  %v71 = load float, float* %v70
  %v72 = getelementptr inbounds float, float* %data5, i32 %v69
  %v73 = load float, float* %v72
  %v74 = getelementptr inbounds float, float* %reg_2, i32 0
  %v75 = load float, float* %v74
  %v76 = fcmp nsz arcp contract afn olt float %v73, 0.0
  %v77 = select i1 %v76, float 0.0, float %v73
  %v78 = fmul nsz arcp contract afn float %v77, -1.0
  %v79 = fadd nsz arcp contract afn float %v73, %v78
  %v80 = fmul nsz arcp contract afn float %v79, 1.4426950216293335
  %v81 = call float @llvm.exp2.float(float %v80)
  %v82 = fmul nsz arcp contract afn float %v73, -1.0
  %v83 = fcmp nsz arcp contract afn olt float %v82, 0.0
  %v84 = select i1 %v83, float 0.0, float %v82
  %v85 = fmul nsz arcp contract afn float %v84, -1.0
  %v86 = fadd nsz arcp contract afn float %v82, %v85
  %v87 = fmul nsz arcp contract afn float %v86, 1.4426950216293335
  %v88 = call float @llvm.exp2.float(float %v87)
  %v89 = fmul nsz arcp contract afn float %v77, -1.4426950216293335
  %v90 = call float @llvm.exp2.float(float %v89)
  %v91 = fmul nsz arcp contract afn float %v84, -1.4426950216293335
  %v92 = call float @llvm.exp2.float(float %v91)
  %v93 = fmul nsz arcp contract afn float %v71, -1.0
  %v94 = fadd nsz arcp contract afn float 1.0, %v93
  %v95 = fadd nsz arcp contract afn float %v81, %v90
  %v96 = fadd nsz arcp contract afn float %v88, %v92
  %v97 = fdiv nsz arcp contract afn float %v71, %v95
  %v98 = fmul nsz arcp contract afn float %v97, %v81
  %v99 = fmul nsz arcp contract afn float %v98, -0.0078125
  %v100 = fmul nsz arcp contract afn float %v97, %v90
  %v101 = fmul nsz arcp contract afn float %v100, -0.0078125
  %v102 = fadd nsz arcp contract afn float %v101, %v99
  %v103 = fmul nsz arcp contract afn float %v71, 0.0078125
  %v104 = fadd nsz arcp contract afn float %v103, %v102
  %v105 = fdiv nsz arcp contract afn float %v94, %v96
  %v106 = fmul nsz arcp contract afn float %v105, %v88
  %v107 = fmul nsz arcp contract afn float %v106, -0.0078125
  %v108 = fmul nsz arcp contract afn float %v105, %v92
  %v109 = fmul nsz arcp contract afn float %v108, -0.0078125
  %v110 = fadd nsz arcp contract afn float %v109, %v107
  %v111 = fmul nsz arcp contract afn float %v94, 0.0078125
  %v112 = fadd nsz arcp contract afn float %v111, %v110
  %v113 = fmul nsz arcp contract afn float %v104, 0.5
  %v114 = fcmp nsz arcp contract afn olt float 0.0, %v73
  %v115 = fcmp nsz arcp contract afn une float %v73, 0.0
  %v116 = select i1 %v115, float 0.0, float %v113
  %v117 = select i1 %v114, float %v104, float %v116
  %v118 = fmul nsz arcp contract afn float %v117, -1.0
  %v119 = fadd nsz arcp contract afn float %v99, %v118
  %v120 = fmul nsz arcp contract afn float %v112, 0.5
  %v121 = fmul nsz arcp contract afn float %v106, 0.0078125
  %v122 = fcmp nsz arcp contract afn olt float 0.0, %v82
  %v123 = fcmp nsz arcp contract afn une float %v82, 0.0
  %v124 = select i1 %v123, float 0.0, float %v120
  %v125 = select i1 %v122, float %v112, float %v124
  %v126 = fadd nsz arcp contract afn float %v121, %v125
  %v127 = fadd nsz arcp contract afn float %v126, %v119
  %v128 = fadd nsz arcp contract afn float %v75, %v127
  store float %v128, float* %v74
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  %v131 = getelementptr inbounds float, float* %reg_0, i32 0
  %v132 = load float, float* %v131
  %v133 = getelementptr inbounds float, float* %local_0, i32 %v0
  store float %v132, float* %v133
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v136 = getelementptr inbounds float, float* %reg_1, i32 0
  store float 0.0, float* %v136
  br label %loop_entry_102
loop_entry_102:
  br label %loop_latch_102
loop_latch_102:
  %v138 = phi i32 [ 0, %loop_entry_102 ], [ %v138phi, %loop_footer_102 ]
  %v138phi = add i32 %v138, 1
  %v138cmp = icmp ult i32 %v138, 16
  br i1 %v138cmp, label %loop_body_102, label %loop_exit_102
loop_body_102:
  %v139 = getelementptr inbounds float, float* %local_0, i32 %v138
  %v140 = load float, float* %v139
  %v141 = getelementptr inbounds float, float* %reg_1, i32 0
  %v142 = load float, float* %v141
  %v143 = fadd nsz arcp contract afn float %v142, %v140
  store float %v143, float* %v141
  br label %loop_footer_102
loop_footer_102:
  br label %loop_latch_102
loop_exit_102:
  %v146 = getelementptr inbounds float, float* %data1, i32 0
  %v147 = load float, float* %v146
  %v148 = getelementptr inbounds float, float* %reg_1, i32 0
  %v149 = load float, float* %v148
  %v150 = getelementptr inbounds float, float* %reg_2, i32 0
  %v151 = load float, float* %v150
  %v152 = getelementptr inbounds float, float* %data0, i32 0
  %v153 = fadd nsz arcp contract afn float %v149, %v151
  %v154 = fmul nsz arcp contract afn float 0.10000000149011612, %v153
  %v155 = fmul nsz arcp contract afn float 0.8999999761581421, %v147
  %v156 = fadd nsz arcp contract afn float %v155, %v154
  %v157 = icmp eq i32 %v0, 0
  br i1 %v157, label %ifbody_v158, label %ifskip_v158
ifbody_v158:
  store float %v156, float* %v152
  br label %ifskip_v158
ifskip_v158:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,16" "no-trapping-math"="true" }