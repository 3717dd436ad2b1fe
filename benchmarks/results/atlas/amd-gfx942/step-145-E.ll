define amdgpu_kernel void @E(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = getelementptr inbounds float, float* %data1, i32 0
  %v1 = load float, float* %v0
  %v2 = getelementptr inbounds float, float* %data0, i32 0
  store float %v1, float* %v2
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,1" "no-trapping-math"="true" }