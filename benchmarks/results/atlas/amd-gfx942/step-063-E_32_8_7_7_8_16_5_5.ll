define amdgpu_kernel void @E_32_8_7_7_8_16_5_5(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workgroup.id.x(); 
  %v1 = tail call i32 @llvm.amdgcn.workgroup.id.y(); 
  %v2 = tail call i32 @llvm.amdgcn.workgroup.id.z(); 
  %v3 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v4 = tail call i32 @llvm.amdgcn.workitem.id.y(); 
  %v5 = mul i32 %v2, 392
  %v6 = mul i32 %v3, 49
  %v7 = add nsw i32 %v5, %v6
  %v8 = srem i32 %v0, 7
  %v9 = mul i32 %v8, 7
  %v10 = sdiv i32 %v0, 7
  %v11 = add nsw i32 %v9, %v10
  %v12 = add nsw i32 %v7, %v11
  %v13 = mul i32 %v1, 200704
  %v14 = mul i32 %v4, 12544
  %v15 = add nsw i32 %v13, %v14
  %v16 = add nsw i32 %v12, %v15
  %v17 = add nsw i32 %v16, -16
  %v18 = getelementptr inbounds float, float* %data1, i32 %v17
  %v19 = icmp slt i32 1, %v8
  %v20 = icmp slt i32 13, %v0
  %v21 = and i1 %v20, %v19
  br label %v22_entry
v22_entry:
  br i1 %v21, label %v22_load, label %v22_exit
v22_load:
  %v22_yes = load float, float* %v18
  br label %v22_exit
v22_exit:
  %v22 = phi float [%v22_yes, %v22_load], [0.0, %v22_entry]
  %v23 = add nsw i32 %v16, -15
  %v24 = getelementptr inbounds float, float* %data1, i32 %v23
  %v25 = icmp slt i32 6, %v0
  %v26 = and i1 %v25, %v19
  br label %v27_entry
v27_entry:
  br i1 %v26, label %v27_load, label %v27_exit
v27_load:
  %v27_yes = load float, float* %v24
  br label %v27_exit
v27_exit:
  %v27 = phi float [%v27_yes, %v27_load], [0.0, %v27_entry]
  %v28 = add nsw i32 %v16, -14
  %v29 = getelementptr inbounds float, float* %data1, i32 %v28
  br label %v30_entry
v30_entry:
  br i1 %v19, label %v30_load, label %v30_exit
v30_load:
  %v30_yes = load float, float* %v29
  br label %v30_exit
v30_exit:
  %v30 = phi float [%v30_yes, %v30_load], [0.0, %v30_entry]
  %v31 = add nsw i32 %v16, -13
  %v32 = getelementptr inbounds float, float* %data1, i32 %v31
  %v33 = icmp slt i32 %v0, 42
  %v34 = and i1 %v33, %v19
  br label %v35_entry
v35_entry:
  br i1 %v34, label %v35_load, label %v35_exit
v35_load:
  %v35_yes = load float, float* %v32
  br label %v35_exit
v35_exit:
  %v35 = phi float [%v35_yes, %v35_load], [0.0, %v35_entry]
  %v36 = add nsw i32 %v16, -12
  %v37 = getelementptr inbounds float, float* %data1, i32 %v36
  %v38 = icmp slt i32 %v0, 35
  %v39 = and i1 %v38, %v19
  br label %v40_entry
v40_entry:
  br i1 %v39, label %v40_load, label %v40_exit
v40_load:
  %v40_yes = load float, float* %v37
  br label %v40_exit
v40_exit:
  %v40 = phi float [%v40_yes, %v40_load], [0.0, %v40_entry]
  %v41 = add nsw i32 %v16, -9
  %v42 = getelementptr inbounds float, float* %data1, i32 %v41
  %v43 = icmp slt i32 0, %v8
  %v44 = and i1 %v20, %v43
  br label %v45_entry
v45_entry:
  br i1 %v44, label %v45_load, label %v45_exit
v45_load:
  %v45_yes = load float, float* %v42
  br label %v45_exit
v45_exit:
  %v45 = phi float [%v45_yes, %v45_load], [0.0, %v45_entry]
  %v46 = add nsw i32 %v16, -8
  %v47 = getelementptr inbounds float, float* %data1, i32 %v46
  %v48 = and i1 %v25, %v43
  br label %v49_entry
v49_entry:
  br i1 %v48, label %v49_load, label %v49_exit
v49_load:
  %v49_yes = load float, float* %v47
  br label %v49_exit
v49_exit:
  %v49 = phi float [%v49_yes, %v49_load], [0.0, %v49_entry]
  %v50 = add nsw i32 %v16, -7
  %v51 = getelementptr inbounds float, float* %data1, i32 %v50
  br label %v52_entry
v52_entry:
  br i1 %v43, label %v52_load, label %v52_exit
v52_load:
  %v52_yes = load float, float* %v51
  br label %v52_exit
v52_exit:
  %v52 = phi float [%v52_yes, %v52_load], [0.0, %v52_entry]
  %v53 = add nsw i32 %v16, -6
  %v54 = getelementptr inbounds float, float* %data1, i32 %v53
  %v55 = and i1 %v33, %v43
  br label %v56_entry
v56_entry:
  br i1 %v55, label %v56_load, label %v56_exit
v56_load:
  %v56_yes = load float, float* %v54
  br label %v56_exit
v56_exit:
  %v56 = phi float [%v56_yes, %v56_load], [0.0, %v56_entry]
  %v57 = add nsw i32 %v16, -5
  %v58 = getelementptr inbounds float, float* %data1, i32 %v57
  %v59 = and i1 %v38, %v43
  br label %v60_entry
v60_entry:
  br i1 %v59, label %v60_load, label %v60_exit
v60_load:
  %v60_yes = load float, float* %v58
  br label %v60_exit
v60_exit:
  %v60 = phi float [%v60_yes, %v60_load], [0.0, %v60_entry]
  %v61 = add nsw i32 %v16, -2
  %v62 = getelementptr inbounds float, float* %data1, i32 %v61
  br label %v63_entry
v63_entry:
  br i1 %v20, label %v63_load, label %v63_exit
v63_load:
  %v63_yes = load float, float* %v62
  br label %v63_exit
v63_exit:
  %v63 = phi float [%v63_yes, %v63_load], [0.0, %v63_entry]
  %v64 = add nsw i32 %v16, -1
  %v65 = getelementptr inbounds float, float* %data1, i32 %v64
  br label %v66_entry
v66_entry:
  br i1 %v25, label %v66_load, label %v66_exit
v66_load:
  %v66_yes = load float, float* %v65
  br label %v66_exit
v66_exit:
  %v66 = phi float [%v66_yes, %v66_load], [0.0, %v66_entry]
  %v67 = add nsw i32 %v16, 1
  %v68 = getelementptr inbounds float, float* %data1, i32 %v67
  br label %v69_entry
v69_entry:
  br i1 %v33, label %v69_load, label %v69_exit
v69_load:
  %v69_yes = load float, float* %v68
  br label %v69_exit
v69_exit:
  %v69 = phi float [%v69_yes, %v69_load], [0.0, %v69_entry]
  %v70 = add nsw i32 %v16, 2
  %v71 = getelementptr inbounds float, float* %data1, i32 %v70
  br label %v72_entry
v72_entry:
  br i1 %v38, label %v72_load, label %v72_exit
v72_load:
  %v72_yes = load float, float* %v71
  br label %v72_exit
v72_exit:
  %v72 = phi float [%v72_yes, %v72_load], [0.0, %v72_entry]
  %v73 = add nsw i32 %v16, 5
  %v74 = getelementptr inbounds float, float* %data1, i32 %v73
  %v75 = icmp slt i32 %v8, 6
  %v76 = and i1 %v20, %v75
  br label %v77_entry
v77_entry:
  br i1 %v76, label %v77_load, label %v77_exit
v77_load:
  %v77_yes = load float, float* %v74
  br label %v77_exit
v77_exit:
  %v77 = phi float [%v77_yes, %v77_load], [0.0, %v77_entry]
  %v78 = add nsw i32 %v16, 6
  %v79 = getelementptr inbounds float, float* %data1, i32 %v78
  %v80 = and i1 %v25, %v75
  br label %v81_entry
v81_entry:
  br i1 %v80, label %v81_load, label %v81_exit
v81_load:
  %v81_yes = load float, float* %v79
  br label %v81_exit
v81_exit:
  %v81 = phi float [%v81_yes, %v81_load], [0.0, %v81_entry]
  %v82 = add nsw i32 %v16, 7
  %v83 = getelementptr inbounds float, float* %data1, i32 %v82
  br label %v84_entry
v84_entry:
  br i1 %v75, label %v84_load, label %v84_exit
v84_load:
  %v84_yes = load float, float* %v83
  br label %v84_exit
v84_exit:
  %v84 = phi float [%v84_yes, %v84_load], [0.0, %v84_entry]
  %v85 = add nsw i32 %v16, 8
  %v86 = getelementptr inbounds float, float* %data1, i32 %v85
  %v87 = and i1 %v33, %v75
  br label %v88_entry
v88_entry:
  br i1 %v87, label %v88_load, label %v88_exit
v88_load:
  %v88_yes = load float, float* %v86
  br label %v88_exit
v88_exit:
  %v88 = phi float [%v88_yes, %v88_load], [0.0, %v88_entry]
  %v89 = add nsw i32 %v16, 9
  %v90 = getelementptr inbounds float, float* %data1, i32 %v89
  %v91 = and i1 %v38, %v75
  br label %v92_entry
v92_entry:
  br i1 %v91, label %v92_load, label %v92_exit
v92_load:
  %v92_yes = load float, float* %v90
  br label %v92_exit
v92_exit:
  %v92 = phi float [%v92_yes, %v92_load], [0.0, %v92_entry]
  %v93 = add nsw i32 %v16, 12
  %v94 = getelementptr inbounds float, float* %data1, i32 %v93
  %v95 = icmp slt i32 %v8, 5
  %v96 = and i1 %v20, %v95
  br label %v97_entry
v97_entry:
  br i1 %v96, label %v97_load, label %v97_exit
v97_load:
  %v97_yes = load float, float* %v94
  br label %v97_exit
v97_exit:
  %v97 = phi float [%v97_yes, %v97_load], [0.0, %v97_entry]
  %v98 = add nsw i32 %v16, 13
  %v99 = getelementptr inbounds float, float* %data1, i32 %v98
  %v100 = and i1 %v25, %v95
  br label %v101_entry
v101_entry:
  br i1 %v100, label %v101_load, label %v101_exit
v101_load:
  %v101_yes = load float, float* %v99
  br label %v101_exit
v101_exit:
  %v101 = phi float [%v101_yes, %v101_load], [0.0, %v101_entry]
  %v102 = add nsw i32 %v16, 14
  %v103 = getelementptr inbounds float, float* %data1, i32 %v102
  br label %v104_entry
v104_entry:
  br i1 %v95, label %v104_load, label %v104_exit
v104_load:
  %v104_yes = load float, float* %v103
  br label %v104_exit
v104_exit:
  %v104 = phi float [%v104_yes, %v104_load], [0.0, %v104_entry]
  %v105 = add nsw i32 %v16, 15
  %v106 = getelementptr inbounds float, float* %data1, i32 %v105
  %v107 = and i1 %v33, %v95
  br label %v108_entry
v108_entry:
  br i1 %v107, label %v108_load, label %v108_exit
v108_load:
  %v108_yes = load float, float* %v106
  br label %v108_exit
v108_exit:
  %v108 = phi float [%v108_yes, %v108_load], [0.0, %v108_entry]
  %v109 = add nsw i32 %v16, 16
  %v110 = getelementptr inbounds float, float* %data1, i32 %v109
  %v111 = and i1 %v38, %v95
  br label %v112_entry
v112_entry:
  br i1 %v111, label %v112_load, label %v112_exit
v112_load:
  %v112_yes = load float, float* %v110
  br label %v112_exit
v112_exit:
  %v112 = phi float [%v112_yes, %v112_load], [0.0, %v112_entry]
  %v113 = getelementptr inbounds float, float* %data1, i32 %v16
  %v114 = load float, float* %v113
  %v115 = mul i32 %v1, 784
  %v116 = mul i32 %v4, 49
  %v117 = add nsw i32 %v115, %v116
  %v118 = add nsw i32 %v117, %v9
  %v119 = add nsw i32 %v118, %v10
  %v120 = mul i32 %v2, 1254400
  %v121 = mul i32 %v3, 156800
  %v122 = add nsw i32 %v120, %v121
  %v123 = add nsw i32 %v119, %v122
  %v124 = add nsw i32 %v123, 6272
  %v125 = getelementptr inbounds float, float* %data0, i32 %v124
  %v126 = add nsw i32 %v123, 12544
  %v127 = getelementptr inbounds float, float* %data0, i32 %v126
  %v128 = add nsw i32 %v123, 18816
  %v129 = getelementptr inbounds float, float* %data0, i32 %v128
  %v130 = add nsw i32 %v123, 25088
  %v131 = getelementptr inbounds float, float* %data0, i32 %v130
  %v132 = add nsw i32 %v123, 31360
  %v133 = getelementptr inbounds float, float* %data0, i32 %v132
  %v134 = add nsw i32 %v123, 37632
  %v135 = getelementptr inbounds float, float* %data0, i32 %v134
  %v136 = add nsw i32 %v123, 43904
  %v137 = getelementptr inbounds float, float* %data0, i32 %v136
  %v138 = add nsw i32 %v123, 50176
  %v139 = getelementptr inbounds float, float* %data0, i32 %v138
  %v140 = add nsw i32 %v123, 56448
  %v141 = getelementptr inbounds float, float* %data0, i32 %v140
  %v142 = add nsw i32 %v123, 62720
  %v143 = getelementptr inbounds float, float* %data0, i32 %v142
  %v144 = add nsw i32 %v123, 68992
  %v145 = getelementptr inbounds float, float* %data0, i32 %v144
  %v146 = add nsw i32 %v123, 75264
  %v147 = getelementptr inbounds float, float* %data0, i32 %v146
  %v148 = add nsw i32 %v123, 81536
  %v149 = getelementptr inbounds float, float* %data0, i32 %v148
  %v150 = add nsw i32 %v123, 87808
  %v151 = getelementptr inbounds float, float* %data0, i32 %v150
  %v152 = add nsw i32 %v123, 94080
  %v153 = getelementptr inbounds float, float* %data0, i32 %v152
  %v154 = add nsw i32 %v123, 100352
  %v155 = getelementptr inbounds float, float* %data0, i32 %v154
  %v156 = add nsw i32 %v123, 106624
  %v157 = getelementptr inbounds float, float* %data0, i32 %v156
  %v158 = add nsw i32 %v123, 112896
  %v159 = getelementptr inbounds float, float* %data0, i32 %v158
  %v160 = add nsw i32 %v123, 119168
  %v161 = getelementptr inbounds float, float* %data0, i32 %v160
  %v162 = add nsw i32 %v123, 125440
  %v163 = getelementptr inbounds float, float* %data0, i32 %v162
  %v164 = add nsw i32 %v123, 131712
  %v165 = getelementptr inbounds float, float* %data0, i32 %v164
  %v166 = add nsw i32 %v123, 137984
  %v167 = getelementptr inbounds float, float* %data0, i32 %v166
  %v168 = add nsw i32 %v123, 144256
  %v169 = getelementptr inbounds float, float* %data0, i32 %v168
  %v170 = add nsw i32 %v123, 150528
  %v171 = getelementptr inbounds float, float* %data0, i32 %v170
  %v172 = getelementptr inbounds float, float* %data0, i32 %v123
  store float %v27, float* %v125
  store float %v30, float* %v127
  store float %v35, float* %v129
  store float %v40, float* %v131
  store float %v45, float* %v133
  store float %v49, float* %v135
  store float %v52, float* %v137
  store float %v56, float* %v139
  store float %v60, float* %v141
  store float %v63, float* %v143
  store float %v66, float* %v145
  store float %v114, float* %v147
  store float %v69, float* %v149
  store float %v72, float* %v151
  store float %v77, float* %v153
  store float %v81, float* %v155
  store float %v84, float* %v157
  store float %v88, float* %v159
  store float %v92, float* %v161
  store float %v97, float* %v163
  store float %v101, float* %v165
  store float %v104, float* %v167
  store float %v108, float* %v169
  store float %v112, float* %v171
  store float %v22, float* %v172
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,128" "no-trapping-math"="true" }