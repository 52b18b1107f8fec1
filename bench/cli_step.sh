#!/usr/bin/env bash
# The CLI step, phase by phase (issue 24): GPT-2 small's 48 hidden matrices (85 M parameters,
# f32) through `muon-xla step --timings`, a first step (params + grads in one file) and a loop
# step (--input state --grads g), against a baseline binary in the same run, alternating.
#   bash bench/cli_step.sh NEW_BIN [BASE_BIN] [RUNS]
# PAIRED=N adds N pairs, each a first step through the CLI then the in-process default step
# right after it (`bench --set gpt2`, 3 device-gradient steps), so that the machine's drift does
# not enter the CLI-vs-in-process difference.
# Needs a python with numpy and safetensors ($PYTHON) to write the input files once.
set -euo pipefail
new=${1:?usage: bench/cli_step.sh NEW_BIN [BASE_BIN] [RUNS]}
base=${2:-}
runs=${3:-3}
work=${WORK:-${TMPDIR:-/tmp}/muon-xla-cli-step}
mkdir -p "$work"
if [ ! -f "$work/gpt2.safetensors" ]; then
  "${PYTHON:-python3}" - "$work" <<'PY'
import sys, numpy as np
from safetensors.numpy import save_file
d = sys.argv[1]
rng = np.random.default_rng(0)
t = {}
for l in range(12):
    for n, s in [("attn.c_attn", (2304, 768)), ("attn.c_proj", (768, 768)),
                 ("mlp.c_fc", (3072, 768)), ("mlp.c_proj", (768, 3072))]:
        k = f"h.{l}.{n}.weight"
        t[k] = rng.standard_normal(s, dtype=np.float32) * 0.02
        t[k + ".grad"] = rng.standard_normal(s, dtype=np.float32) * 0.01
save_file(t, f"{d}/gpt2.safetensors")
save_file({k[:-5]: v for k, v in t.items() if k.endswith(".grad")}, f"{d}/g.safetensors")
PY
fi
grep -m1 "model name" /proc/cpuinfo || true
rm -f "$work/cli-totals"
one() { # label binary args...
  local label=$1 bin=$2 out; shift 2
  sleep 1
  echo "== $label"
  out=$("$bin" step "$@" --preset optax --lr 0.02 --timings 2>&1 | sed -n '/where the time went/,$p')
  echo "$out"
  case $label in
    "new first step"*) echo "$out" | awk '$1 == "total" { print $2 }' >> "$work/cli-totals" ;;
  esac
}
for r in $(seq 1 "$runs"); do
  for v in base new; do
    bin=$new; [ "$v" = base ] && bin=$base
    [ -n "$bin" ] || continue
    one "$v first step (run $r)" "$bin" --input "$work/gpt2.safetensors" --output "$work/state-$v.safetensors"
    one "$v loop step (run $r)" "$bin" --input "$work/state-$v.safetensors" --grads "$work/g.safetensors" --output "$work/state-$v.safetensors"
  done
done
# In the same run: the in-process step and optax's (`OPTAX_PYTHON`: a python with jax and optax),
# and the ratio users see: optax's median step over the whole CLI process's median (first step).
if [ -n "${OPTAX_PYTHON:-}" ]; then
  echo "== in-process step and optax.contrib.muon (muon-xla bench --set gpt2)"
  "$new" bench --set gpt2 --preset optax --peers --peer optax --python "$OPTAX_PYTHON" \
    --repeats 3 --skip-host 2>&1 | tee "$work/bench.txt" | grep -E "roofline \(|^system|^muon-xla|^optax"
  cli=$(sort -n "$work/cli-totals" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] / 1000 }')
  optax=$(awk '/^optax.contrib.muon under jax.jit/ { for (i = 1; i <= NF; i++) if ($i == "f32") { print $(i + 1); exit } }' "$work/bench.txt")
  awk -v c="$cli" -v o="$optax" 'BEGIN { printf "CLI first step (whole process), median: %.2f s; optax median step: %.2f s; optax / CLI = %.2fx\n", c, o, o / c }'
fi
if [ "${PAIRED:-0}" -gt 0 ]; then
  for r in $(seq 1 "$PAIRED"); do
    one "paired first step (pair $r)" "$new" --input "$work/gpt2.safetensors" --output "$work/state-new.safetensors" \
      | tee "$work/pair.txt" | grep -E "^==|step \(on|total"
    cli=$(awk '$1 == "total" { print $2 / 1000 }' "$work/pair.txt")
    own=$(awk '$1 == "total" { t = $2 } /step \(on the device\)/ { s = $5 } END { print (t - s) / 1000 }' "$work/pair.txt")
    inproc=$("$new" bench --set gpt2 --preset optax --skip-host --cpu-gemm onednn --repeats 3 2>&1 \
      | awk '/^muon-xla optax f32 onednn/ { for (i = 1; i < NF; i++) if ($(i + 1) == "s") { print $i; exit } }')
    awk -v c="$cli" -v o="$own" -v p="$inproc" 'BEGIN { printf "pair: CLI whole process %.2f s (its own phases %.2f s), in-process median step %.2f s: CLI - in-process = %+.2f s\n", c, o, p, c - p }'
  done
fi
