#!/usr/bin/env bash
# The one-go check for a borrowed GPU (README "GPU and TPU targets"): `muon-xla device-check`
# compiles a seeded case ahead of time for the GPU without using it and runs those executables on
# it, JIT-compiles the same case on it, compares both with the CPU's results carried along, times
# GPT-2 small's step both ways against the matmul floor measured through the same plugin and
# against optax.contrib.muon under jax.jit, and writes one JSON report.
#
#   bash bench/device.sh prepare      # here: release build, case, CPU results -> bench/device-case/
#   bash bench/device.sh run [h100]   # on the GPU machine (carry bench/device-case): $OUT/device.json
#   bash bench/device.sh rehearse     # here: `run` with the CPU plugin, --target cpu, one GPT-2 layer
#
# What travels: bench/device-case/ (the release binary, the case, the CPU's results; ~8 MB) with
# the working tree (graphs/models, bench/device_optax.py). Nothing is fetched on the device: the
# CUDA plugin and jax are the ones installed there.
set -euo pipefail
cd "$(dirname "$0")/.."
case_dir=bench/device-case
mode="${1:-}"

case "$mode" in
prepare)
    cargo build --release --quiet
    rm -rf "$case_dir"
    mkdir -p "$case_dir"
    cp target/release/muon-xla "$case_dir/muon-xla"
    "$case_dir/muon-xla" device-check --prepare "$case_dir"
    # The rehearsal's model: GPT-2 small's first layer (its full step takes seconds per step on
    # a small CPU).
    python3 - "$case_dir/one-layer.json" <<'PY'
import json, sys
m = json.load(open("graphs/models/gpt2-small.json"))
m["name"] = "gpt2-small-layer0"
m["params"] = [p for p in m["params"] if ".h.0." in p["name"]]
json.dump(m, open(sys.argv[1], "w"), indent=1)
PY
    du -sh "$case_dir"
    ;;
run)
    target="${2:-h100}"
    out="${OUT:-.}"
    bin="$case_dir/muon-xla"
    [ -x "$bin" ] || { echo "no $bin: run 'bash bench/device.sh prepare' first (here)" >&2; exit 2; }
    # The CUDA plugin installed on this machine (jax-cuda13-pjrt), and a CUDA toolkit for ptxas
    # and libdevice when the plugin's own wheels are not next to it.
    plugin="${MUON_XLA_PLUGIN:-$(python3 -c 'import os, jax_plugins.xla_cuda13 as p; print(os.path.join(os.path.dirname(p.__file__), "xla_cuda_plugin.so"))')}"
    data_dir=""
    if [ ! -e "$(dirname "$plugin")/../../nvidia/cu13/bin/ptxas" ]; then
        if command -v ptxas >/dev/null; then
            data_dir="$(dirname "$(dirname "$(command -v ptxas)")")"
        elif [ -d /usr/local/cuda ]; then
            data_dir=/usr/local/cuda
        fi
    fi
    if [ -n "$data_dir" ]; then
        export XLA_FLAGS="${XLA_FLAGS:-} --xla_gpu_cuda_data_dir=$data_dir"
    fi
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
    echo "plugin $plugin; XLA_FLAGS=${XLA_FLAGS:-}"
    # JAX must not take the GPU's memory while our process runs, nor we while it runs.
    export XLA_PYTHON_CLIENT_PREALLOCATE=false
    "$bin" device-check --case "$case_dir" --target "$target" --device cuda --plugin "$plugin" \
        --model graphs/models/gpt2-small.json --repeats 20 --python python3 \
        --out "$out/device.json"
    cat "$out/device.json"
    ;;
rehearse)
    [ -x "$case_dir/muon-xla" ] || bash bench/device.sh prepare
    python="${MUON_XLA_BENCH_PYTHON:-$HOME/.cache/muon-xla-ci/jax-0.10.2-optax-0.2.8-flatbuffers-25.12.19/bin/python}"
    out="${OUT:-$case_dir}"
    "$case_dir/muon-xla" device-check --case "$case_dir" --target cpu \
        --model "$case_dir/one-layer.json" --repeats 3 --python "$python" \
        --out "$out/device.json"
    cat "$out/device.json"
    ;;
*)
    echo "usage: bash bench/device.sh prepare | run [TARGET] | rehearse" >&2
    exit 2
    ;;
esac
