#!/usr/bin/env bash
# The conditional GAN on the tutorial's schedule (issue #50): the README's main command with
# --conditional, scored every epoch (--score-every 469: FID and the share of samples read as
# the digit asked for), a checkpoint every epoch; then the epoch-by-epoch report beside the
# tutorial's own run (benchmarks/results/tutorial-25-epochs), the run's page, the exported
# generator and the per-digit check through `tinygan sample --digit D --n 500`.  About 2.5
# hours on a 2-core CPU.
#
# It outlasts a session: run it again and training continues bit-exactly from the last
# checkpoint (--resume); the state to resume from is kept under $RESULTS/resume (committed
# while the run is unfinished, removed when it is done), so a fresh clone continues too.
#
#   benchmarks/conditional_25_epochs.sh [--data-dir DIR]
#   RUN=...      the run's own folder (default output/conditional-25-epochs)
#   RESULTS=...  what is committed (default benchmarks/results/conditional-25-epochs)
#   EPOCHS=...   stop after this many epochs in all for now (default 25); run again for more
#   EMA=0.999    with the generator's moving average (--ema-decay): its own run and results
#                (default output/ and benchmarks/results/conditional-25-epochs-ema), scored
#                beside the generator as trained, the average exported and checked per digit,
#                set beside the tutorial's own EMA run (tutorial-25-epochs-ema)
set -euo pipefail
cd "$(dirname "$0")/.."
EMA=${EMA:-}
suffix=${EMA:+-ema}
RUN=${RUN:-output/conditional-25-epochs$suffix}
RESULTS=${RESULTS:-benchmarks/results/conditional-25-epochs$suffix}
EPOCHS=${EPOCHS:-25}
data=("$@")
ema=()
if [ -n "$EMA" ]; then ema=(--ema-decay "$EMA"); fi
mkdir -p "$RUN" "$RESULTS/tinygan"

if [ ! -f "$RUN/checkpoint.json" ] && [ -f "$RESULTS/resume/checkpoint.json" ]; then
    cp "$RESULTS"/resume/* "$RUN/"                  # a fresh clone: the committed state
fi
resume=()
if [ -f "$RUN/checkpoint.json" ]; then resume=(--resume); fi
status=0
tinygan train "${data[@]}" --conditional --score-every 469 --checkpoint-every 469 \
    --max-steps $((EPOCHS * 469)) --out "$RUN" "${ema[@]}" "${resume[@]}" || status=$?

# What is committed: the run so far (grids, losses, scores, page), and while it is
# unfinished the state to resume from.
cp "$RUN"/dcgan_steps_*.png "$RUN"/losses.csv "$RUN"/scores.jsonl "$RUN"/run.json \
    "$RESULTS/tinygan/"
step=$(python -c "import json,sys; print(json.load(open(sys.argv[1]))['step'])" "$RUN/checkpoint.json")
if [ "$step" -lt $((25 * 469)) ]; then
    mkdir -p "$RESULTS/resume"
    rm -f "$RESULTS"/resume/*
    cp "$RUN"/checkpoint.json "$RUN"/checkpoint_*.safetensors "$RUN"/losses.csv \
        "$RUN"/scores.jsonl "$RUN"/run.json "$RUN"/dcgan_steps_*.png "$RESULTS/resume/"
else
    rm -rf "$RESULTS/resume"
    cp "$RUN"/output.gif "$RUN"/losses.png "$RESULTS/tinygan/"
fi
tinygan export --checkpoint "$RUN" --out "$RESULTS/generator"
python benchmarks/conditional_report.py --run "$RUN" --generator "$RESULTS/generator" \
    --tutorial "benchmarks/results/tutorial-25-epochs$suffix" --out "$RESULTS"   # EMA beside EMA
tinygan report "$RESULTS/tinygan"
echo "Results in $RESULTS (training exit status $status)"
exit $status
