#!/usr/bin/env bash
# Muon against AdamW on a small real training run, through the product as users run it (issue 25
# item 3; BENCHMARKS.md "Muon against AdamW on a real run"): a byte-level GPT exported from JAX
# (examples/jax/char_gpt.py) trained from Rust with the compiled optimizer
# (examples/train_compare.rs) on the Python sources of the pinned jax 0.10.2, then the table, the
# curves and the plot (bench/train_compare.py).
#
#   bench/train_compare.sh              # ~16 min on a 2-core machine (18 runs of 300 steps)
#
# Environment: STEPS (300), EVAL_EVERY (25), SEEDS (0,1,2), ADAMW_LRS (1e-3,3e-3,1e-2),
# WARMUP (20), ARMS (adamw,keller-jordan,moonlight,normuon; normuon is skipped, with a note in the
# table, when this build has no such preset), MUON_XLA_JAX_PYTHON (a python with jax 0.10.2;
# default: the CI's venv, created as .ci/run creates it when missing).
# Writes bench/results/train_compare/{runs.json,curves.csv,table.md,corpus.json,lscpu.txt,log.txt} and
# bench/train_compare.svg; the export and the corpus go to $CARGO_TARGET_DIR/train_compare.
set -euo pipefail
cd "$(dirname "$0")/.."
steps="${STEPS:-300}"
seeds="${SEEDS:-0,1,2}"
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
work="$target_dir/train_compare"
out=bench/results/train_compare
mkdir -p "$out" "$work"
start=$(date +%s)

venv="$HOME/.cache/muon-xla-ci/jax-0.10.2-optax-0.2.8-flatbuffers-25.12.19"
python="${MUON_XLA_JAX_PYTHON:-$venv/bin/python}"
if ! "$python" -c 'import jax; assert jax.__version__ == "0.10.2", jax.__version__' 2>/dev/null; then
    if [[ -n "${MUON_XLA_JAX_PYTHON:-}" ]]; then
        echo "train_compare.sh: $python has no jax 0.10.2 (the corpus is that version's sources)" >&2
        exit 2
    fi
    echo "train_compare.sh: creating $venv (jax 0.10.2, as .ci/run does)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet jax==0.10.2 jaxlib==0.10.2 optax==0.2.8 flatbuffers==25.12.19
fi

cargo build --release --quiet --example train_compare
"$python" examples/jax/char_gpt.py --out "$work" --steps "$steps" --seeds "$seeds"
cp "$work/corpus.json" "$out/corpus.json"
lscpu > "$out/lscpu.txt" 2>/dev/null || grep -m1 "model name" /proc/cpuinfo > "$out/lscpu.txt"
# The same priority trick as bench/run.sh: its own autogroup, niced down when allowed.
setsid bash -c 'echo -19 > "/proc/$$/autogroup" 2>/dev/null || true; exec "$@"' run \
    "$target_dir/release/examples/train_compare" --dir "$work" --out "$out/runs.json" \
    --steps "$steps" --eval-every "${EVAL_EVERY:-25}" --seeds "$seeds" \
    --adamw-lrs "${ADAMW_LRS:-1e-3,3e-3,1e-2}" --warmup "${WARMUP:-20}" \
    --arms "${ARMS:-adamw,keller-jordan,moonlight,normuon}" 2>&1 | tee "$out/log.txt"
python3 bench/train_compare.py "$out/runs.json" --csv "$out/curves.csv" --md "$out/table.md" \
    --svg bench/train_compare.svg
echo "train_compare.sh: done in $(( $(date +%s) - start )) s" | tee -a "$out/log.txt"
