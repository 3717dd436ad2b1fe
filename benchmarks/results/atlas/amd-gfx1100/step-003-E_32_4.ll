define amdgpu_kernel void @E_32_4(float* noalias align 32 %data0) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v1_0 = insertelement <4 x float> poison, float 0.0, i32 0
  %v1_1 = insertelement <4 x float> %v1_0, float 0.0, i32 1
  %v1_2 = insertelement <4 x float> %v1_1, float 0.0, i32 2
  %v1 = insertelement <4 x float> %v1_2, float 0.0, i32 3
  %v2 = shl i32 %v0, 2
  %v3 = getelementptr inbounds float, float* %data0, i32 %v2
  store <4 x float> %v1, <4 x float>* %v3
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }