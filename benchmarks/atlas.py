"""Every kernel of the DCGAN's training step, compiled for every accelerator, on any machine.

    python benchmarks/atlas.py --help
    python benchmarks/atlas.py --targets cuda:sm_90,metal --layers step,G4

The same command as `tinygan kernels` (tinygan/cli/kernels.py); the atlas itself is
`tinygan.bench.atlas`, its roofline bound `tinygan.bench.roofline`.  Results go to
benchmarks/results/atlas/ (atlas.json, atlas.md, atlas.png, one folder of kernel sources
per target).  CUDA needs NVRTC (pip install 'tinygan[kernels]'), AMD needs libLLVM
(apt-get install libllvm19); a target whose compiler is missing is listed as unavailable.
"""
from tinygan.cli.kernels import kernels_command

if __name__ == "__main__":
    kernels_command()
