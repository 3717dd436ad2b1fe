#!/usr/bin/env bash
# The tutorial's 25 epochs with the generator's moving average (issue #25): the README's
# main command with --ema-decay 0.999, scoring the generator as trained and its average
# every epoch (--score-every 469), a checkpoint every epoch; then the epoch-by-epoch report
# of both (FID and KID per epoch, the final 10,000-sample scores of both), the run's page
# and the exported average.  About 2.5 hours on a 2-core CPU.
#
# Run it again after an interruption (Ctrl-C, a lost session): training continues from its
# last checkpoint with --resume, bit-exactly, and a finished run is not trained again.
#
#   benchmarks/tutorial_25_epochs_ema.sh [--data-dir DIR]
#   RUNS=...     the run's own folder (checkpoints; default output/tutorial-25-epochs-ema)
#   RESULTS=...  what is committed (default benchmarks/results/tutorial-25-epochs-ema)
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=${RUNS:-output/tutorial-25-epochs-ema}
RESULTS=${RESULTS:-benchmarks/results/tutorial-25-epochs-ema}
data=("$@")
mkdir -p "$RUN" "$RESULTS/tinygan"

resume=()
if [ -f "$RUN/checkpoint.json" ]; then resume=(--resume); fi
python examples/dcgan_mnist.py "${data[@]}" --ema-decay 0.999 --score-every 469 \
    --checkpoint-every 469 --out "$RUN" "${resume[@]}"
python benchmarks/tutorial_report.py --tinygan-run "$RUN" --out "$RESULTS"
tinygan export --checkpoint "$RUN" --out "$RESULTS/generator"
cp "$RUN"/dcgan_steps_*.png "$RUN"/output.gif "$RUN"/losses.csv "$RUN"/losses.png \
    "$RUN"/scores.jsonl "$RUN"/run.json "$RESULTS/tinygan/"
tinygan report "$RESULTS/tinygan"
echo "Results in $RESULTS"
