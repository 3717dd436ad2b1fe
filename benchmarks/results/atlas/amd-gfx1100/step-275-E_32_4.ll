define amdgpu_kernel void @E_32_4(float* noalias align 32 %data0, float* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v1 = shl i32 %v0, 2
  %v2 = getelementptr inbounds float, float* %data1, i32 %v1
  %v3 = load <4 x float>, <4 x float>* %v2
  %v4 = getelementptr inbounds float, float* %data0, i32 %v1
  store <4 x float> %v3, <4 x float>* %v4
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,32" "no-trapping-math"="true" }