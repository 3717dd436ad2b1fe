#!/usr/bin/env bash
# One command for a machine with a real GPU (NVIDIA, AMD or Apple): the test suite on that
# backend, the benchmark against PyTorch on the same GPU, and a short training run with its
# sample grids and GIF, all into benchmarks/results/gpu-<backend>-<host>-<date>/.
#
#   benchmarks/gpu.sh                      # finds the GPU: nvidia-smi, /dev/kfd, Apple silicon
#   benchmarks/gpu.sh --backend CUDA --steps 1000
#   benchmarks/gpu.sh --dry-run            # print the commands, run nothing
#
# Needs `pip install -e '.[test,bench]'` first; for the PyTorch comparison a PyTorch build
# for this GPU (CUDA, or MPS on a Mac; the benchmark compares AMD and CL with PyTorch on the
# CPU, tinygan.bench.torch_twin).  The training run reads MNIST where tinygan looks
# for it and downloads it otherwise.  Every step runs even when an earlier one fails; the
# exit status is non-zero if any failed.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: benchmarks/gpu.sh [--backend CUDA|NV|AMD|METAL|CL] [--steps N] [--out DIR]
                         [--python PYTHON] [--skip-tests] [--dry-run]

  --backend     tinygrad backend to test and time (default: the GPU found here)
  --steps N     steps of the training run (default 500; a grid every N/10 steps)
  --out DIR     results folder (default benchmarks/results/gpu-<backend>-<host>-<date>)
  --python P    the Python to use (default: $PYTHON, else python3)
  --skip-tests  only the benchmark and the training run
  --dry-run     print the commands and run nothing
EOF
}

backend=""
steps=500
out=""
python="${PYTHON:-python3}"
skip_tests=0
dry_run=0

while [ $# -gt 0 ]; do
    case "$1" in
        --backend) backend="${2:?--backend needs a value}"; shift 2 ;;
        --steps) steps="${2:?--steps needs a value}"; shift 2 ;;
        --out) out="${2:?--out needs a value}"; shift 2 ;;
        --python) python="${2:?--python needs a value}"; shift 2 ;;
        --skip-tests) skip_tests=1; shift ;;
        --dry-run) dry_run=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "gpu.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

case "$steps" in
    ''|*[!0-9]*|0) echo "gpu.sh: --steps must be a whole number above 0, not '$steps'" >&2
                   exit 2 ;;
esac

cd "$(dirname "$0")/.."

# The GPU on this machine, as a tinygrad backend.
detect_backend() {
    if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
        echo CUDA
    elif [ -e /dev/kfd ] && ls /sys/class/kfd/kfd/topology/nodes >/dev/null 2>&1; then
        echo AMD
    elif [ "$(uname -s)" = Darwin ] && [ "$(uname -m)" = arm64 ]; then
        echo METAL
    fi
}

if [ -z "$backend" ]; then
    backend="$(detect_backend)"
    if [ -z "$backend" ]; then
        echo "gpu.sh: no GPU found here (no nvidia-smi, no /dev/kfd, not Apple silicon);" \
             "name one with --backend" >&2
        exit 2
    fi
fi
backend="$(printf '%s' "$backend" | tr '[:lower:]' '[:upper:]')"
case "$backend" in
    CUDA|NV|AMD|METAL|CL) ;;
    *) echo "gpu.sh: --backend must be CUDA, NV, AMD, METAL or CL, not '$backend'" >&2
       exit 2 ;;
esac
device="$(printf '%s' "$backend" | tr '[:upper:]' '[:lower:]')"    # tinygan's --device

host="$(hostname | tr -c 'A-Za-z0-9_.\n-' '_')"
out="${out:-benchmarks/results/gpu-${device}-${host}-$(date +%Y-%m-%d)}"
verbose_freq=$(( steps / 10 > 0 ? steps / 10 : 1 ))
failed=()

# Run one step: print it, run it (unless --dry-run) with its output also in <out>/<log>.
step() {
    local log="$1"
    shift
    printf '+ %s\n' "$*"
    if [ "$dry_run" = 1 ]; then
        return 0
    fi
    if ! "$@" 2>&1 | tee "$out/$log"; then
        failed+=("$log")
    fi
}

if [ "$dry_run" = 0 ]; then
    mkdir -p "$out"
    {
        echo "backend: $backend"
        date
        uname -a
        for tool in nvidia-smi rocm-smi; do
            if command -v "$tool" >/dev/null 2>&1; then
                "$tool" || true
            fi
        done
        "$python" -c 'from importlib.metadata import version as v
print("tinygrad", v("tinygrad"), "tinygan", v("tinygan"))' || true
        git rev-parse HEAD 2>/dev/null || true
    } > "$out/machine.txt" 2>&1
fi

if [ "$skip_tests" = 0 ]; then
    step tests.log env TINYGAN_TEST_BACKENDS="$backend" "$python" -m pytest -q
fi
step benchmark.log "$python" benchmarks/kernels.py --backends "$backend" \
    --out "$out/kernels.json"
step training.log "$python" examples/dcgan_mnist.py --device "$device" --max-steps "$steps" \
    --verbose-freq "$verbose_freq" --out "$out/train"

if [ "$dry_run" = 1 ]; then
    echo "dry run: nothing was run; results would go to $out"
    exit 0
fi
echo "results in $out: machine.txt, kernels.json/.md/.png, train/ (grids, output.gif)"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "gpu.sh: failed: ${failed[*]} (their output is in $out)" >&2
    exit 1
fi
