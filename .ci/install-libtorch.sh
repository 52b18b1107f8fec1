#!/usr/bin/env bash
# Installs the lean libtorch the `tch` feature links against and prints its directory (the value
# for LIBTORCH) as the last line of stdout; progress goes to stderr.
#
# Why not `pip install torch`: the `torch` wheel that tch needs is the CUDA build; with its
# dependencies it is ~2.7 GB (4.7 GB installed). A CPU program only needs a few files of it:
# the headers, libtorch_cpu.so, libc10.so and libgomp.so.1. libtorch_cpu.so is linked against
# libcudart.so.13 and libcupti.so.13 even when no GPU is used, so the two small NVIDIA wheels that
# ship them come too (the exact versions torch's `cuda-toolkit` pin asks for). tch always links
# `-ltorch`, and the wheel's libtorch.so pulls in libtorch_cuda.so (470 MB) and the whole CUDA
# stack, so an empty stub libtorch.so stands in for it. Download: ~540 MB; unpacked: ~500 MB.
#
# The result is cached in $MUON_XLA_LIBTORCH_CACHE (default ~/.cache/muon-xla/libtorch-VERSION):
# a rerun with a complete cache prints the directory and does nothing else.
set -euo pipefail

# tch 0.26.0 (the newest release) checks for exactly this PyTorch version in its build script.
TORCH_VERSION=2.13.0
CUDA_RUNTIME_VERSION=13.0.96
CUDA_CUPTI_VERSION=13.0.85

dest="${MUON_XLA_LIBTORCH_CACHE:-$HOME/.cache/muon-xla/libtorch-$TORCH_VERSION}"
if [ -f "$dest/.complete" ]; then
    echo "libtorch $TORCH_VERSION (lean, cached): $dest" >&2
    echo "$dest"
    exit 0
fi

wheels="$(dirname "$dest")/wheels-$TORCH_VERSION"
mkdir -p "$wheels"
echo "== downloading torch==$TORCH_VERSION and its two CUDA runtime libraries (no dependencies) into $wheels" >&2
python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --dest "$wheels" \
    "torch==$TORCH_VERSION" \
    "nvidia-cuda-runtime==$CUDA_RUNTIME_VERSION" \
    "nvidia-cuda-cupti==$CUDA_CUPTI_VERSION" >&2

echo "== unpacking the headers and CPU libraries into $dest" >&2
rm -rf "$dest.partial"
mkdir -p "$dest.partial/lib"
python3 - "$wheels" "$dest.partial" "$TORCH_VERSION" <<'PY'
import glob, os, shutil, sys, zipfile

wheels, dest, version = sys.argv[1:4]
libs = {
    "torch/lib/libtorch_cpu.so", "torch/lib/libc10.so", "torch/lib/libgomp.so.1",
    "nvidia/cu13/lib/libcudart.so.13", "nvidia/cu13/lib/libcupti.so.13",
}
found = set()
for wheel in sorted(glob.glob(os.path.join(wheels, "*.whl"))):
    with zipfile.ZipFile(wheel) as z:
        for info in z.infolist():
            name = info.filename
            if name.startswith("torch/include/") and not name.endswith("/"):
                target = os.path.join(dest, name[len("torch/"):])
            elif name in libs:
                target = os.path.join(dest, "lib", os.path.basename(name))
                found.add(name)
            else:
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with z.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
missing = sorted(libs - found)
if missing:
    sys.exit(f"install-libtorch: the downloaded wheels lack {', '.join(missing)}")
# torch-sys reads this file to check the version it builds against.
with open(os.path.join(dest, "build-version"), "w") as f:
    f.write(version + "\n")
PY
# The stub: tch links -ltorch, but nothing a CPU program calls lives in the real libtorch.so.
cc -shared -o "$dest.partial/lib/libtorch.so" -x c /dev/null
rm -rf "$dest"
mv "$dest.partial" "$dest"
touch "$dest/.complete"
rm -rf "$wheels"
echo "libtorch $TORCH_VERSION (lean): $dest ($(du -sh "$dest" | cut -f1))" >&2
echo "$dest"
