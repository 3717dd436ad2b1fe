@local_0 = internal unnamed_addr addrspace(3) global [128 x float] undef, align 16
define amdgpu_kernel void @r_392_8_4_4_16_128(float* noalias align 32 %data0, float* noalias align 32 %data1, float* noalias align 32 %data2, float* noalias align 32 %data3, float* noalias align 32 %data4) #0
{
  %reg_0 = alloca [4 x float]
  %reg_1 = alloca [4 x float]
  %reg_2 = alloca [4 x float]
  %local_0 = addrspacecast [128 x float] addrspace(3)* @local_0 to [128 x float]*
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v2 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v3 = getelementptr inbounds float, float* %reg_1, i32 0
  %v4 = getelementptr inbounds float, float* %reg_1, i32 1
  %v5 = getelementptr inbounds float, float* %reg_1, i32 2
  %v6 = getelementptr inbounds float, float* %reg_1, i32 3
  %v7 = shl i32 %v0, 4
  %v8 = add nsw i32 %v2, %v7
  %v9 = mul i32 %v1, 6272
  store float 0.0, float* %v3
  store float 0.0, float* %v4
  store float 0.0, float* %v5
  store float 0.0, float* %v6
  br label %loop_entry_0
loop_entry_0:
  br label %loop_latch_0
loop_latch_0:
  %v14 = phi i32 [ 0, %loop_entry_0 ], [ %v14phi, %loop_footer_0 ]
  %v14phi = add i32 %v14, 1
  %v14cmp = icmp ult i32 %v14, 16
  br i1 %v14cmp, label %loop_body_0, label %loop_exit_0
loop_body_0:
  %v15 = shl i32 %v14, 3
  %v16 = add nsw i32 %v1, %v15
  %v17 = getelementptr inbounds float, float* %data1, i32 %v16
  %v18 = load float, float* %v17
  %v19 = mul i32 %v14, 50176
  %v20 = add nsw i32 %v9, %v19
  %v21 = add nsw i32 %v8, %v20
  %v22 = getelementptr inbounds float, float* %data2, i32 %v21
  %v23 = load float, float* %v22
  %v24 = add nsw i32 %v21, 4
  %v25 = getelementptr inbounds float, float* %data2, i32 %v24
  %v26 = load float, float* %v25
  %v27 = add nsw i32 %v21, 8
  %v28 = getelementptr inbounds float, float* %data2, i32 %v27
  %v29 = load float, float* %v28
  %v30 = add nsw i32 %v21, 12
  %v31 = getelementptr inbounds float, float* %data2, i32 %v30
  %v32 = load float, float* %v31
  %v33 = getelementptr inbounds float, float* %reg_1, i32 0
  %v34 = load float, float* %v33
  %v35 = getelementptr inbounds float, float* %reg_1, i32 1
  %v36 = load float, float* %v35
  %v37 = getelementptr inbounds float, float* %reg_1, i32 2
  %v38 = load float, float* %v37
  %v39 = getelementptr inbounds float, float* %reg_1, i32 3
  %v40 = load float, float* %v39
  %v41 = fmul nsz arcp contract afn float %v18, %v23
  %v42 = fadd nsz arcp contract afn float %v34, %v41
  %v43 = fmul nsz arcp contract afn float %v18, %v26
  %v44 = fadd nsz arcp contract afn float %v36, %v43
  %v45 = fmul nsz arcp contract afn float %v18, %v29
  %v46 = fadd nsz arcp contract afn float %v38, %v45
  %v47 = fmul nsz arcp contract afn float %v18, %v32
  %v48 = fadd nsz arcp contract afn float %v40, %v47
  store float %v42, float* %v33
  store float %v44, float* %v35
  store float %v46, float* %v37
  store float %v48, float* %v39
  br label %loop_footer_0
loop_footer_0:
  br label %loop_latch_0
loop_exit_0:
  %v54 = getelementptr inbounds float, float* %reg_0, i32 0
  %v55 = getelementptr inbounds float, float* %reg_0, i32 1
  %v56 = getelementptr inbounds float, float* %reg_0, i32 2
  %v57 = getelementptr inbounds float, float* %reg_0, i32 3
  store float 0.0, float* %v54
  store float 0.0, float* %v55
  store float 0.0, float* %v56
  store float 0.0, float* %v57
  br label %loop_entry_1
loop_entry_1:
  br label %loop_latch_1
loop_latch_1:
  %v62 = phi i32 [ 0, %loop_entry_1 ], [ %v62phi, %loop_footer_1 ]
  %v62phi = add i32 %v62, 1
  %v62cmp = icmp ult i32 %v62, 128
  br i1 %v62cmp, label %loop_body_1, label %loop_exit_1
loop_body_1:
  %v63 = getelementptr inbounds float, float* %data3, i32 %v62
  %v64 = load float, float* %v63
  %v65 = mul i32 %v62, 6272
  %v66 = add nsw i32 %v8, %v65
  %v67 = getelementptr inbounds float, float* %data4, i32 %v66
  %v68 = load float, float* %v67
  %v69 = add nsw i32 %v66, 4
  %v70 = getelementptr inbounds float, float* %data4, i32 %v69
  %v71 = load float, float* %v70
  %v72 = add nsw i32 %v66, 8
  %v73 = getelementptr inbounds float, float* %data4, i32 %v72
  %v74 = load float, float* %v73
  %v75 = add nsw i32 %v66, 12
  %v76 = getelementptr inbounds float, float* %data4, i32 %v75
  %v77 = load float, float* %v76
  %v78 = getelementptr inbounds float, float* %reg_0, i32 0
  %v79 = load float, float* %v78
  %v80 = getelementptr inbounds float, float* %reg_0, i32 1
  %v81 = load float, float* %v80
  %v82 = getelementptr inbounds float, float* %reg_0, i32 2
  %v83 = load float, float* %v82
  %v84 = getelementptr inbounds float, float* %reg_0, i32 3
  %v85 = load float, float* %v84
  %v86 = fmul nsz arcp contract afn float %v64, %v68
  %v87 = fadd nsz arcp contract afn float %v79, %v86
  %v88 = fmul nsz arcp contract afn float %v64, %v71
  %v89 = fadd nsz arcp contract afn float %v81, %v88
  %v90 = fmul nsz arcp contract afn float %v64, %v74
  %v91 = fadd nsz arcp contract afn float %v83, %v90
  %v92 = fmul nsz arcp contract afn float %v64, %v77
  %v93 = fadd nsz arcp contract afn float %v85, %v92
  store float %v87, float* %v78
  store float %v89, float* %v80
  store float %v91, float* %v82
  store float %v93, float* %v84
  br label %loop_footer_1
loop_footer_1:
  br label %loop_latch_1
loop_exit_1:
  %v99 = getelementptr inbounds float, float* %reg_1, i32 0
  %v100 = load float, float* %v99
  %v101 = getelementptr inbounds float, float* %reg_1, i32 1
  %v102 = load float, float* %v101
  %v103 = getelementptr inbounds float, float* %reg_1, i32 2
  %v104 = load float, float* %v103
  %v105 = getelementptr inbounds float, float* %reg_1, i32 3
  %v106 = load float, float* %v105
  %v107_0 = insertelement <4 x float> poison, float %v100, i32 0
  %v107_1 = insertelement <4 x float> %v107_0, float %v102, i32 1
  %v107_2 = insertelement <4 x float> %v107_1, float %v104, i32 2
  %v107 = insertelement <4 x float> %v107_2, float %v106, i32 3
  %v108 = shl i32 %v1, 2
  %v109 = shl i32 %v2, 5
  %v110 = add nsw i32 %v108, %v109
  %v111 = getelementptr inbounds float, float* %local_0, i32 %v110
  store <4 x float> %v107, <4 x float>* %v111
fence syncscope("workgroup") release
tail call void @llvm.amdgcn.s.barrier()
fence syncscope("workgroup") acquire

  %v114 = getelementptr inbounds float, float* %reg_2, i32 0
  %v115 = getelementptr inbounds float, float* %reg_2, i32 1
  %v116 = getelementptr inbounds float, float* %reg_2, i32 2
  %v117 = getelementptr inbounds float, float* %reg_2, i32 3
  store float 0.0, float* %v114
  store float 0.0, float* %v115
  store float 0.0, float* %v116
  store float 0.0, float* %v117
  br label %loop_entry_103
loop_entry_103:
  br label %loop_latch_103
loop_latch_103:
  %v122 = phi i32 [ 0, %loop_entry_103 ], [ %v122phi, %loop_footer_103 ]
  %v122phi = add i32 %v122, 1
  %v122cmp = icmp ult i32 %v122, 8
  br i1 %v122cmp, label %loop_body_103, label %loop_exit_103
loop_body_103:
  %v123 = getelementptr inbounds float, float* %reg_2, i32 0
  %v124 = load float, float* %v123
  %v125 = getelementptr inbounds float, float* %reg_2, i32 1
  %v126 = load float, float* %v125
  %v127 = getelementptr inbounds float, float* %reg_2, i32 2
  %v128 = load float, float* %v127
  %v129 = getelementptr inbounds float, float* %reg_2, i32 3
  %v130 = load float, float* %v129
  %v131 = shl i32 %v122, 2
  %v132 = add nsw i32 %v109, %v131
  %v133 = getelementptr inbounds float, float* %local_0, i32 %v132
  %v134 = load <4 x float>, <4 x float>* %v133
  %v135 = extractelement <4 x float> %v134, i32 0
  %v136 = extractelement <4 x float> %v134, i32 1
  %v137 = extractelement <4 x float> %v134, i32 2
  %v138 = extractelement <4 x float> %v134, i32 3
  %v139 = fadd nsz arcp contract afn float %v124, %v135
  %v140 = fadd nsz arcp contract afn float %v126, %v136
  %v141 = fadd nsz arcp contract afn float %v128, %v137
  %v142 = fadd nsz arcp contract afn float %v130, %v138
  store float %v139, float* %v123
  store float %v140, float* %v125
  store float %v141, float* %v127
  store float %v142, float* %v129
  br label %loop_footer_103
loop_footer_103:
  br label %loop_latch_103
loop_exit_103:
  %v148 = getelementptr inbounds float, float* %reg_0, i32 0
  %v149 = load float, float* %v148
  %v150 = getelementptr inbounds float, float* %reg_0, i32 1
  %v151 = load float, float* %v150
  %v152 = getelementptr inbounds float, float* %reg_0, i32 2
  %v153 = load float, float* %v152
  %v154 = getelementptr inbounds float, float* %reg_0, i32 3
  %v155 = load float, float* %v154
  %v156 = getelementptr inbounds float, float* %reg_2, i32 0
  %v157 = load float, float* %v156
  %v158 = getelementptr inbounds float, float* %reg_2, i32 1
  %v159 = load float, float* %v158
  %v160 = getelementptr inbounds float, float* %reg_2, i32 2
  %v161 = load float, float* %v160
  %v162 = getelementptr inbounds float, float* %reg_2, i32 3
  %v163 = load float, float* %v162
  %v164 = getelementptr inbounds float, float* %data0, i32 %v8
  %v165 = add nsw i32 %v8, 4
  %v166 = getelementptr inbounds float, float* %data0, i32 %v165
  %v167 = add nsw i32 %v8, 8
  %v168 = getelementptr inbounds float, float* %data0, i32 %v167
  %v169 = add nsw i32 %v8, 12
  %v170 = getelementptr inbounds float, float* %data0, i32 %v169
  %v171 = fadd nsz arcp contract afn float %v157, %v149
  %v172 = fadd nsz arcp contract afn float %v159, %v151
  %v173 = fadd nsz arcp contract afn float %v161, %v153
  %v174 = fadd nsz arcp contract afn float %v163, %v155
  %v175 = icmp eq i32 %v1, 0
  br i1 %v175, label %ifbody_v176, label %ifskip_v176
ifbody_v176:
  store float %v171, float* %v164
  br label %ifskip_v176
ifskip_v176:
  br i1 %v175, label %ifbody_v179, label %ifskip_v179
ifbody_v179:
  store float %v172, float* %v166
  br label %ifskip_v179
ifskip_v179:
  br i1 %v175, label %ifbody_v182, label %ifskip_v182
ifbody_v182:
  store float %v173, float* %v168
  br label %ifskip_v182
ifskip_v182:
  br i1 %v175, label %ifbody_v185, label %ifskip_v185
ifbody_v185:
  store float %v174, float* %v170
  br label %ifskip_v185
ifskip_v185:
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }