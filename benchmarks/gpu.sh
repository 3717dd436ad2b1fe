#!/usr/bin/env bash
# One command for a machine with a real GPU (NVIDIA, AMD or Apple), within eight minutes: what
# this project most needs to know, in order of value, each part under its own time limit,
# all into benchmarks/results/gpu-<backend>-<host>-<date>/ (the format: benchmarks/README.md).
#
#   benchmarks/gpu.sh                      # finds the GPU: nvidia-smi, /dev/kfd, Apple silicon
#   benchmarks/gpu.sh --backend CUDA --wheels /path/to/wheels   # a machine without internet
#   benchmarks/gpu.sh --dry-run            # print the plan (commands, limits), run nothing
#   benchmarks/gpu.sh --backend CPU --batch 8 --steps 20 --skip-tests   # a rehearsal, no GPU
#
# Needs `pip install -e '.[test,bench]'` first, or --wheels DIR (a folder of wheels: tinygan's
# dependencies, pytest, and a PyTorch build for this GPU), installed with pip --no-index.
# The PyTorch comparison needs PyTorch for this GPU (CUDA, or MPS on a Mac; AMD and CL are
# compared with PyTorch on the CPU, tinygan.bench.torch_twin).  The training run reads MNIST
# where tinygan looks for it (--data-dir, $TINYGAN_DATA) and downloads it otherwise.  Every
# part runs even when an earlier one fails or runs out of time; the exit status is non-zero
# if any did.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: benchmarks/gpu.sh [--backend CUDA|NV|AMD|METAL|CL|CPU] [--steps N] [--batch N]
                         [--out DIR] [--python PYTHON] [--wheels DIR] [--data-dir DIR]
                         [--skip-tests] [--dry-run]

  --backend     tinygrad backend to test and time (default: the GPU found here; CPU
                rehearses the script on a machine without a GPU)
  --steps N     steps of the training run (default 469: one epoch, FID at its end)
  --batch N     batch size of the step, the layers, the training run and the atlas
                (default 128, the tutorial's; a small one for a rehearsal)
  --out DIR     results folder (default benchmarks/results/gpu-<backend>-<host>-<date>)
  --python P    the Python to use (default: $PYTHON, else python3)
  --wheels DIR  first install tinygan and its test and bench extras from these wheels
  --data-dir D  the folder holding MNIST's IDX files
  --skip-tests  leave out the tests
  --dry-run     print the plan and run nothing
EOF
}

backend=""
steps=469
batch=128
wheels=""
data_dir=""
out=""
python="${PYTHON:-python3}"
skip_tests=0
dry_run=0

while [ $# -gt 0 ]; do
    case "$1" in
        --backend) backend="${2:?--backend needs a value}"; shift 2 ;;
        --steps) steps="${2:?--steps needs a value}"; shift 2 ;;
        --batch) batch="${2:?--batch needs a value}"; shift 2 ;;
        --out) out="${2:?--out needs a value}"; shift 2 ;;
        --python) python="${2:?--python needs a value}"; shift 2 ;;
        --wheels) wheels="${2:?--wheels needs a value}"; shift 2 ;;
        --data-dir) data_dir="${2:?--data-dir needs a value}"; shift 2 ;;
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
case "$batch" in
    ''|*[!0-9]*|0|1) echo "gpu.sh: --batch must be a whole number above 1, not '$batch'" >&2
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
    CUDA|NV|AMD|METAL|CL|CPU) ;;
    *) echo "gpu.sh: --backend must be CUDA, NV, AMD, METAL, CL or CPU, not '$backend'" >&2
       exit 2 ;;
esac
device="$(printf '%s' "$backend" | tr '[:upper:]' '[:lower:]')"    # tinygan's --device

host="$(hostname | tr -c 'A-Za-z0-9_.\n-' '_')"
out="${out:-benchmarks/results/gpu-${device}-${host}-$(date +%Y-%m-%d)}"
verbose_freq=$(( steps / 10 > 0 ? steps / 10 : 1 ))
# losses.csv's FID on the rows of steps 0 and steps - 1 (the last one the run writes)
score_every=$(( steps > 1 ? steps - 1 : 1 ))
# The atlas target of each backend (its default architecture: sm_90 is an H100/H200).
case "$backend" in
    CUDA|NV) target=cuda ;;
    AMD) target=amd ;;
    METAL) target=metal ;;
    *) target="" ;;
esac
data_args=()
if [ -n "$data_dir" ]; then
    data_args=(--data-dir "$data_dir")
fi
failed=()
total_limit=0

# One part: print it with its time limit, run it (unless --dry-run) under that limit with
# its output also in <out>/<log>, and record how long it took in <out>/times.tsv.
part() {
    local log="$1" limit="$2"
    shift 2
    total_limit=$(( total_limit + limit ))
    printf '+ [%3d s] %s\n' "$limit" "$*"
    if [ "$dry_run" = 1 ]; then
        return 0
    fi
    local start status=ok
    start=$(date +%s)
    if ! timeout "$limit" "$@" 2>&1 | tee "$out/$log"; then
        status=failed
        failed+=("$log")
    fi
    printf '%s\t%s\t%s\t%s\n' "$log" "$limit" "$(( $(date +%s) - start ))" "$status" \
        >> "$out/times.tsv"
}

if [ "$dry_run" = 0 ]; then
    mkdir -p "$out"
    printf 'part\tlimit_s\tseconds\tstatus\n' > "$out/times.tsv"
    {
        echo "backend: $backend"
        date
        uname -a
        for tool in nvidia-smi rocm-smi; do
            if command -v "$tool" >/dev/null 2>&1; then
                "$tool" || true
            fi
        done
        grep -m1 'model name' /proc/cpuinfo || true
        echo "cores: $(nproc)"
        # tinygrad's CPU device compiles its runtime with $CC (default clang): without clang
        # it cannot open, and the tests that use it fail (seen on an H200 machine)
        echo "clang: $(command -v clang || echo 'none (the CPU device cannot open)')," \
             "CC=${CC:-unset}"
        "$python" -c 'from importlib.metadata import version as v
print("tinygrad", v("tinygrad"), "tinygan", v("tinygan"))' || true
        git rev-parse HEAD 2>/dev/null || true
    } > "$out/machine.txt" 2>&1
fi

if [ -n "$wheels" ]; then
    part install.log 40 "$python" -m pip install -q --no-index --find-links "$wheels" \
        -e '.[test,bench]'
fi
# 1. the tests on the GPU backend (the fast subset: the whole suite does not fit)
if [ "$skip_tests" = 0 ]; then
    part tests.log 105 env TINYGAN_TEST_BACKENDS="$backend" "$python" -m pytest -q -m "not slow"
fi
# 2. the training step against PyTorch on the same GPU, cold (first call) and warm (median),
#    with tinygan's fast kernels and on the plain path (tinygrad's own layers and kernels)
part step.log 50 "$python" benchmarks/kernels.py --backends "$backend" --batch "$batch" \
    --layers step --out "$out/step.json"
part step-plain.log 50 "$python" benchmarks/kernels.py --kernels plain \
    --backends "$backend" --batch "$batch" --layers step --out "$out/step-plain.json"
#    on NVIDIA, with TF32 tensor cores as PyTorch's convolutions use them by default
#    (torch.backends.cudnn.allow_tf32); tinygrad uses them only with ALLOW_TF32=1
if [ "$target" = cuda ]; then
    part step-tf32.log 50 env ALLOW_TF32=1 "$python" benchmarks/kernels.py \
        --backends "$backend" --batch "$batch" --layers step --out "$out/step-tf32.json"
fi
# 3. one epoch with the FID at its start and end, grids and GIF
part training.log 90 "$python" examples/dcgan_mnist.py --device "$device" \
    --max-steps "$steps" --verbose-freq "$verbose_freq" --score-every "$score_every" \
    --score-samples 1000 "${data_args[@]}" --out "$out/train" --batch-size "$batch"
# 4. every layer timed, each with its slowest kernels (measured), and the atlas of this GPU
#    (compiled: per kernel FLOPs, bytes and the roofline bound beside the measured times)
part kernels.log 55 "$python" benchmarks/kernels.py --backends "$backend" --batch "$batch" \
    --out "$out/kernels.json"
if [ -n "$target" ]; then
    measured=()
    if [ "$dry_run" = 1 ] || [ -f "$out/kernels.json" ]; then
        measured=(--measured "$out/kernels.json")      # atlas/measured.md: side by side
    fi
    part atlas.log 40 "$python" benchmarks/atlas.py --targets "$target" --out "$out/atlas" \
        "${measured[@]}" --batch "$batch"
fi

if [ "$dry_run" = 1 ]; then
    echo "dry run: nothing was run; at most $(( total_limit / 60 )) min" \
         "$(( total_limit % 60 )) s; results would go to $out"
    exit 0
fi
echo "results in $out: machine.txt, times.tsv, step*.json, kernels.json/.md/.png, train/" \
     "(grids, output.gif, losses.csv with the FID), atlas/"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "gpu.sh: failed: ${failed[*]} (their output is in $out)" >&2
    exit 1
fi
