"""Find better kernel options for the training step's heaviest matmuls on this machine,
offline, and write them into the table shipped with tinygan (tinygan/fast/tuned_kernels.json),
labelled with this processor.

    python benchmarks/tune.py                        # DEV=CPU, batch 128 and 96 (5-6 min)
    TINYGAN_CPU_RENDERER=CLANG python benchmarks/tune.py      # the same for clang's kernels
    python benchmarks/tune.py --device cl --share 0.9         # OpenCL (PoCL: CL/cpu entries)
    python benchmarks/tune.py --batch 128 --share 0.8 --dry-run

The same command as `tinygan tune` (tinygan/cli/tune.py), which writes the user's own
table instead (~/.cache/tinygan/tuned_kernels.json); the search is tinygan.fast.tuning.
"""
import sys

from tinygan.cli.tune import tune_command
from tinygan.fast.tuned_kernels import TABLE_PATH

if __name__ == "__main__":
    tune_command(["--out", str(TABLE_PATH), *sys.argv[1:]])
