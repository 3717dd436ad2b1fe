#!/usr/bin/env bash
# pix2pix's ablation on edges2fashion (issue #53, item 4): the same budget for two
# generators, L1 only (`--objective l1`: no discriminator) and cGAN + L1 (the paper's),
# then `pix2pix_report.py`: on Fashion-MNIST's 10,000 held-out pairs, each one's L1
# distance to the targets and its FID on tinygan's Fashion-MNIST classifier, beside the
# input edges themselves as a floor; the grids, GIFs and exported generators.
#
# Widths 32 rather than pix2pix's 64 (--ngf/--ndf): a quarter of the arithmetic on a CPU,
# and an exported U-Net of 17 MB rather than 66 MB to commit; 32×32 pictures need no more.
# A run continues from its last checkpoint (--resume, bit-exact) when this is run again:
# its state stays in $RUNS (a pix2pix checkpoint with both Adam states is too large to
# commit), so a stopped comparison continues on the same machine.
#
#   benchmarks/pix2pix_comparison.sh
#   STEPS=...    training steps of each run (default 3750: one epoch of 60,000 pairs at 16)
#   WIDTH=...    --ngf and --ndf (default 32)
#   RUNS=...     the runs' own folders (default output/pix2pix-comparison)
#   RESULTS=...  what is committed (default benchmarks/results/pix2pix-edges2fashion)
#   N=...        held-out pairs to measure (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
STEPS=${STEPS:-3750}
WIDTH=${WIDTH:-32}
RUNS=${RUNS:-output/pix2pix-comparison}
RESULTS=${RESULTS:-benchmarks/results/pix2pix-edges2fashion}
N=${N:-10000}
for objective in l1 cgan+l1; do
    name=${objective/+/-}                       # l1, cgan-l1
    run=$RUNS/$name
    mkdir -p "$run" "$RESULTS/$name"
    resume=()
    if [ -f "$run/checkpoint.json" ]; then resume=(--resume); fi
    tinygan pix2pix --objective "$objective" --max-steps "$STEPS" --ngf "$WIDTH" \
        --ndf "$WIDTH" --verbose-freq 250 --checkpoint-every 250 --out "$run" "${resume[@]}"
    cp "$run"/dcgan_steps_*.png "$run"/output.gif "$run"/losses.csv "$run"/losses.png \
        "$run"/run.json "$RESULTS/$name/"
    tinygan export --checkpoint "$run" --out "$RESULTS/$name/generator"   # for translate
done
python benchmarks/pix2pix_report.py --run "L1 only=$RUNS/l1" --run "cGAN + L1=$RUNS/cgan-l1" \
    --n "$N" --out "$RESULTS"
echo "Results in $RESULTS"
