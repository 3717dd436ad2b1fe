#!/usr/bin/env bash
# The tutorial's result for real (issue #14): tinygan's 25 epochs as a user runs them (the
# README's main command, with --score-every 469 so that every epoch's FID lands in
# losses.csv), then the PyTorch twin on the same schedule, then the epoch-by-epoch report
# and the final generator alone.  About 2.5 + 1.1 hours on a 2-core CPU.
#
# Run it again after an interruption (Ctrl-C, a lost session): each engine continues from
# its last checkpoint with --resume, bit-exactly, and a finished one is not trained again.
#
#   benchmarks/tutorial_25_epochs.sh [--data-dir DIR]
#   RUNS=...     the runs' own folders (checkpoints; default output/tutorial-25-epochs)
#   RESULTS=...  what is committed (default benchmarks/results/tutorial-25-epochs)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-output/tutorial-25-epochs}
RESULTS=${RESULTS:-benchmarks/results/tutorial-25-epochs}
data=("$@")
mkdir -p "$RUNS" "$RESULTS/tinygan"

resume_flag() {   # --resume where tinygan's run already has a checkpoint
    if [ -f "$1/checkpoint.json" ]; then echo --resume; fi
}

# shellcheck disable=SC2046  # resume_flag prints nothing or one word
python examples/dcgan_mnist.py "${data[@]}" --score-every 469 --out "$RUNS/tinygan" \
    $(resume_flag "$RUNS/tinygan")
# tutorial_run.py's --resume starts afresh where there is no checkpoint yet.
python benchmarks/tutorial_run.py "${data[@]}" --out "$RUNS/pytorch" --resume
python benchmarks/tutorial_report.py --tinygan-run "$RUNS/tinygan" \
    --pytorch "$RUNS/pytorch/pytorch.json" --out "$RESULTS"
tinygan export --checkpoint "$RUNS/tinygan" --out "$RESULTS/generator"
cp "$RUNS"/tinygan/dcgan_steps_*.png "$RUNS"/tinygan/output.gif "$RUNS"/tinygan/losses.csv \
    "$RUNS"/tinygan/losses.png "$RUNS"/tinygan/scores.jsonl "$RESULTS/tinygan/"
cp "$RUNS"/pytorch/pytorch.json "$RESULTS/"
echo "Results in $RESULTS"
