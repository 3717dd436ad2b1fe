#!/usr/bin/env bash
# The two colour DCGANs (issue #52) on the coloured shapes (`--dataset shapes`, 20,000
# pictures drawn from a seed: tinygan.shapes), each with its source's settings: a few
# epochs on the CPU, resumable (run it again: --resume), then what each draws
# (benchmarks/colour_report.py), its grids, GIF, losses and page.
#
#   benchmarks/colour_models.sh [faces32|lecture64 ...]
#   EPOCHS=...   epochs in all for now (default 5); RUNS=..., RESULTS=... as the other scripts
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-output}
RESULTS=${RESULTS:-benchmarks/results}
EPOCHS=${EPOCHS:-5}
models=("$@")
if [ ${#models[@]} -eq 0 ]; then models=(faces32 lecture64); fi
for model in "${models[@]}"; do
    run="$RUNS/$model-shapes"
    results="$RESULTS/$model-shapes"
    resume=()
    if [ -f "$run/checkpoint.json" ]; then resume=(--resume); fi
    tinygan train --model "$model" --dataset shapes --epochs "$EPOCHS" --verbose-freq 200 \
        --checkpoint-every 200 --out "$run" "${resume[@]}"
    mkdir -p "$results/tinygan"
    cp "$run"/dcgan_steps_*.png "$run"/output.gif "$run"/losses.csv "$run"/losses.png \
        "$run"/run.json "$results/tinygan/"
    tinygan report "$results/tinygan"
    python benchmarks/colour_report.py --run "$run" --out "$results"
done
