define amdgpu_kernel void @E(float* noalias align 32 %data0) #0
{
  %v0 = getelementptr inbounds float, float* %data0, i32 0
  %v1 = load float, float* %v0
  %v2 = fmul nsz arcp contract afn float %v1, 0.9990000128746033
  store float %v2, float* %v0
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,1" "no-trapping-math"="true" }