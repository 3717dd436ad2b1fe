"""How fast is each kernel of the tutorial's DCGAN on each device I have, and against PyTorch?

    python benchmarks/kernels.py --help
    python benchmarks/kernels.py --backends CPU,CL --reps 3

The same command as `tinygan bench` (tinygan/cli/bench.py); the benchmark itself is the
`tinygan.bench` subpackage.  Results go to
benchmarks/results/ (JSON, a Markdown table and a PNG chart); benchmarks/README.md
explains them.
"""
from tinygan.cli.bench import bench

if __name__ == "__main__":
    bench()
