#!/usr/bin/env bash
# Regenerates graphs/: the StableHLO muon-xla emits for the reference models' shape groups, with a
# plugin-independent manifest per directory. No plugin is needed and the bytes are deterministic,
# so CI runs this and fails on any difference (`git diff --exit-code graphs/`): every change to the
# emitted programs is reviewed as a diff.
#
#   bash graphs/regenerate.sh                     # builds and runs `cargo run --release`
#   MUON_XLA_BIN=target/release/muon-xla bash graphs/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/.."

run() {
    if [ -n "${MUON_XLA_BIN:-}" ]; then
        "$MUON_XLA_BIN" "$@"
    else
        cargo run --quiet --release -- "$@"
    fi
}

for model in gpt2-small llama-1b; do
    for preset in keller-jordan moonlight; do
        run compile --emit-only --model "graphs/models/$model.json" --preset "$preset" \
            --out "graphs/$model/$preset"
    done
done
