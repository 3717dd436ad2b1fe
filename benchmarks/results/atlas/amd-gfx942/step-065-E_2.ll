define amdgpu_kernel void @E_2(i32* noalias align 32 %data0, i32* noalias align 32 %data1) #0
{
  %v0 = tail call i32 @llvm.amdgcn.workitem.id.x(); 
  %v1 = getelementptr inbounds i32, i32* %data1, i32 %v0
  %v2 = load i32, i32* %v1
  %v3 = getelementptr inbounds i32, i32* %data0, i32 %v0
  store i32 %v2, i32* %v3
  ret void
}
attributes #0 = { alwaysinline nounwind "no-builtins" "amdgpu-flat-work-group-size"="1,2" "no-trapping-math"="true" }