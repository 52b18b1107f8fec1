#!/usr/bin/env bash
# Regenerates every number in BENCHMARKS.md: the quick and GPT-2 sets against all peers, the width
# sweep (f32 systems only: a bf16 eager step at width 1600 takes many minutes on CPUs without
# native bf16), and the width plot. Results go to bench/results/.
#
#   bench/regenerate.sh            # ~30 min on a 2-core machine without AVX-512 BF16
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
export MUON_XLA_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/muon-xla"
out=bench/results
mkdir -p "$out"
bench/run.sh --set quick --peers --fast-variants --repeats 5 --breakdown --json --csv "$out/quick.csv" \
    > "$out/quick.json" 2> "$out/quick.txt"
bench/run.sh --set gpt2 --peers --fast-variants --repeats 3 --json --csv "$out/gpt2.csv" \
    > "$out/gpt2.json" 2> "$out/gpt2.txt"
bench/run.sh --set width --ns-dtype f32 --skip-host --repeats 3 --peers \
    --peer optax --peer torch-f32-addmm --peer torch-matmul --peer jax-matmul \
    --json --csv "$out/width.csv" > "$out/width.json" 2> "$out/width.txt"
python3 bench/plot.py "$out/width.csv" -o bench/width.svg
