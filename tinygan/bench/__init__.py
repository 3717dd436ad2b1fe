"""Benchmarks: how fast is each kernel of the tutorial's DCGAN on each device, and against
PyTorch?  `tinygan bench` and `python benchmarks/kernels.py` run it (the command is
`tinygan.cli.bench`); benchmarks/README.md explains the columns and the committed results.

In one run, for every chosen tinygrad backend (CPU, CL, CUDA, METAL, ...), this times

- each layer of both networks at the tutorial's shapes, forward and forward+backward, and
- the full training step the training loop really uses (`tinygan.tutorial.make_train_step`),

and, when PyTorch is installed, the same layers and an equivalent eager step in PyTorch on
the matching device type.  Each row gets a cold first call (compilation included), the
median and minimum of warm calls, FLOPs counted by hand from the shapes, and for tinygrad
the kernel count and the slowest kernels by name.  One module per idea:

    flops       FLOPs counted by hand, and the rows: every layer at the tutorial's shapes
    timing      timing a call, and tinygrad's kernels by name and time
    torch_twin  PyTorch, the reference: the same layers and the same step (optional)
    run         one run: every selected row on every engine, then the ratios
    machine     what the run ran on
    report      the results as JSON, a Markdown table and a bar chart

The kernel atlas (`tinygan kernels`, `python benchmarks/atlas.py`) compiles, without
running, the same step and rows for accelerators this machine need not have:

    targets       the compile targets, on tinygrad's NULL device (version-sensitive)
    binaries      registers and spills read from cubins and AMDGPU code objects
                  (pyelftools, msgpack)
    atlas         every kernel of the step and the rows, per target (the committed
                  summary), and their sources on demand
    roofline      the least time on each accelerator (accelerators.json: vendors' peaks)
    atlas_report  the atlas as JSON, Markdown and a chart of the bound; measured times
                  beside the bound
    atlas_diff    two atlases compared, target by target and kernel by kernel

Timing rules (CONTRIBUTING.md, style principle 9): tinygrad is lazy, so every timed call realises its results
and waits for the device before the clock stops; PyTorch calls `.item()` or synchronises.
PyTorch is optional (the `bench` extra) and only imported inside `import_torch()`.
"""
