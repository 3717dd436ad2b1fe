#!/usr/bin/env bash
# pix2pix's ablation on edges2fashion (issue #53, item 4): the same budget for two
# generators, L1 only (`--objective l1`: no discriminator) and cGAN + L1 (the paper's),
# then `pix2pix_report.py`: on Fashion-MNIST's 10,000 held-out pairs, each one's L1
# distance to the targets and its FID on tinygan's Fashion-MNIST classifier, beside the
# input edges themselves as a floor; the exported grids, GIFs and generators.
#
# Each run continues from its last checkpoint (--resume, bit-exact) when run again; the
# state to resume from is kept under $RESULTS/resume/<run> (committed while unfinished).
#
#   benchmarks/pix2pix_comparison.sh
#   STEPS=...    training steps of each run (default 3750: one epoch of 60,000 pairs at 16)
#   RUNS=...     the runs' own folders (default output/pix2pix-comparison)
#   RESULTS=...  what is committed (default benchmarks/results/pix2pix-edges2fashion)
#   N=...        held-out pairs to measure (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
STEPS=${STEPS:-3750}
RUNS=${RUNS:-output/pix2pix-comparison}
RESULTS=${RESULTS:-benchmarks/results/pix2pix-edges2fashion}
N=${N:-10000}
status=0
for objective in l1 cgan+l1; do
    name=${objective/+/-}                       # l1, cgan-l1
    run=$RUNS/$name
    mkdir -p "$run" "$RESULTS/$name"
    if [ ! -f "$run/checkpoint.json" ] && [ -f "$RESULTS/resume/$name/checkpoint.json" ]; then
        cp "$RESULTS/resume/$name"/* "$run/"           # a fresh clone: the committed state
    fi
    resume=()
    if [ -f "$run/checkpoint.json" ]; then resume=(--resume); fi
    tinygan pix2pix --objective "$objective" --max-steps "$STEPS" --verbose-freq 250 \
        --checkpoint-every 250 --out "$run" "${resume[@]}" || status=$?
    cp "$run"/dcgan_steps_*.png "$run"/losses.csv "$run"/run.json "$RESULTS/$name/"
    step=$(python -c "import json,sys; print(json.load(open(sys.argv[1]))['step'])" \
        "$run/checkpoint.json")
    if [ "$step" -lt "$STEPS" ]; then
        mkdir -p "$RESULTS/resume/$name"
        rm -f "$RESULTS/resume/$name"/*
        cp "$run"/checkpoint.json "$run"/checkpoint_*.safetensors "$run"/losses.csv \
            "$run"/run.json "$run"/dcgan_steps_*.png "$RESULTS/resume/$name/"
        echo "$name stopped at step $step of $STEPS: run this again to continue"
        exit $status
    fi
    rm -rf "$RESULTS/resume/$name"
    cp "$run"/output.gif "$run"/losses.png "$RESULTS/$name/"
    tinygan export --checkpoint "$run" --out "$RESULTS/$name/generator"   # for translate
done
rmdir "$RESULTS/resume" 2>/dev/null || true
python benchmarks/pix2pix_report.py --run "L1 only=$RUNS/l1" --run "cGAN + L1=$RUNS/cgan-l1" \
    --n "$N" --out "$RESULTS"
echo "Results in $RESULTS"
