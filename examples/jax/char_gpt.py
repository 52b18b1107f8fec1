"""A tiny byte-level GPT trained on the Python sources of the pinned jax package, exported for
muon-xla: the model, the corpus, the data order and the initial parameters of the training
comparison in bench/train_compare.sh (BENCHMARKS.md "Muon against AdamW on a real run").

    python examples/jax/char_gpt.py --out DIR [--layers 4 --width 128 --heads 4 --ctx 64
        --batch 16 --steps 300 --seeds 0,1,2 --val-batches 8]

Writes under DIR:
  step.mlir          `jax.export.export(jax.jit(step))(params, x=x, y=y).mlir_module()`: StableHLO
                     text with argument names (`params['layers'][0]['attn']['wq']`, `x`, `y`);
                     `step(params, x, y) -> (loss, grads)`, `jax.value_and_grad` of the mean
                     next-byte cross-entropy
  init_seedS.safetensors  the initial parameters of seed S under muon-xla's names
                     (`layers.0.attn.wq`, `embed_tokens`, `lm_head`; muon_xla_jax.save_params)
  train.bin, val.bin the corpus bytes: the sorted `jax/**/*.py` files of the installed jax, each
                     followed by a newline; every 10th file (sorted order) is held out for
                     validation
  order.safetensors  `train_seedS` [steps, batch] i32: where each training sequence starts in
                     train.bin (numpy's default_rng(S): the data order is fixed by the seed);
                     `val` [val_batches, batch] i32: evenly spaced windows over val.bin, the same
                     for every run
  corpus.json        jax's version, the file lists, the sha256 of the list and of the bytes, the
                     model's shape

The model: token embedding (`embed_tokens`, vocabulary = the 256 byte values), `layers` pre-norm
blocks (RMSNorm gains `ln1`, `ln2`; causal attention with rotary positions `attn.wq/wk/wv/wo`;
GELU MLP `mlp.w_in/w_out`, 4x wide), a final RMSNorm `ln_f` and an untied head `lm_head`. Every
weight is stored `[out, in]` (PyTorch's layout, which the keller-jordan and moonlight presets
assume for their shape-based lr scale) and applied as `x @ W.T`. Initialization as GPT-2's:
N(0, 0.02), residual projections (`wo`, `w_out`) N(0, 0.02/sqrt(2 layers)), gains 1.
"""

import argparse
import glob
import hashlib
import json
import os
import sys

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from jax import export  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from muon_xla_jax import save_params, write_safetensors  # noqa: E402

VOCAB = 256


def init_params(key, layers, width):
    std = 0.02
    resid = std / np.sqrt(2 * layers)
    n = lambda k, shape, s: jax.random.normal(k, shape, jnp.float32) * s  # noqa: E731
    keys = jax.random.split(key, 2 + layers)
    blocks = []
    for i in range(layers):
        k = jax.random.split(keys[2 + i], 6)
        blocks.append({
            "attn": {"wq": n(k[0], (width, width), std), "wk": n(k[1], (width, width), std),
                     "wv": n(k[2], (width, width), std), "wo": n(k[3], (width, width), resid)},
            "mlp": {"w_in": n(k[4], (4 * width, width), std), "w_out": n(k[5], (width, 4 * width), resid)},
            "ln1": jnp.ones((width,), jnp.float32),
            "ln2": jnp.ones((width,), jnp.float32),
        })
    return {"embed_tokens": n(keys[0], (VOCAB, width), std), "layers": blocks,
            "ln_f": jnp.ones((width,), jnp.float32), "lm_head": n(keys[1], (VOCAB, width), std)}


def _norm(h, g):
    return h * jax.lax.rsqrt(jnp.mean(h * h, axis=-1, keepdims=True) + 1e-6) * g


def _rotary(t):
    """Rotary position embedding over the last axis of [batch, seq, heads, head_dim]."""
    s, d = t.shape[1], t.shape[-1]
    freq = 1.0 / (10000.0 ** (np.arange(0, d, 2, dtype=np.float32) / d))
    ang = np.arange(s, dtype=np.float32)[:, None] * freq[None, :]
    cos, sin = jnp.asarray(np.cos(ang))[None, :, None, :], jnp.asarray(np.sin(ang))[None, :, None, :]
    a, b = t[..., : d // 2], t[..., d // 2:]
    return jnp.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1)


def make_loss(heads):
    def loss_fn(params, x, y):
        b, s = x.shape
        h = params["embed_tokens"][x]
        d = h.shape[-1]
        mask = jnp.tril(jnp.ones((s, s), bool))
        for blk in params["layers"]:
            a = blk["attn"]
            z = _norm(h, blk["ln1"])
            split = lambda t: t.reshape(b, s, heads, d // heads)  # noqa: E731
            q, k, v = split(z @ a["wq"].T), split(z @ a["wk"].T), split(z @ a["wv"].T)
            q, k = _rotary(q), _rotary(k)
            logits = jnp.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(d // heads)
            att = jax.nn.softmax(jnp.where(mask, logits, -1e9), axis=-1)
            h = h + jnp.einsum("bhqk,bkhd->bqhd", att, v).reshape(b, s, d) @ a["wo"].T
            m = blk["mlp"]
            h = h + jax.nn.gelu(_norm(h, blk["ln2"]) @ m["w_in"].T) @ m["w_out"].T
        out = _norm(h, params["ln_f"]) @ params["lm_head"].T
        logp = jax.nn.log_softmax(out, axis=-1)
        return -jnp.mean(jnp.take_along_axis(logp, y[..., None], axis=-1))

    return loss_fn


def corpus():
    """The sorted .py files of the installed jax package, relative paths and bytes."""
    root = os.path.dirname(os.path.abspath(jax.__file__))
    files = sorted(os.path.relpath(p, os.path.dirname(root))
                   for p in glob.glob(os.path.join(root, "**", "*.py"), recursive=True))
    return os.path.dirname(root), files


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--width", type=int, default=128)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ctx", type=int, default=64)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--val-batches", type=int, default=8)
    ap.add_argument("--val-every", type=int, default=10, help="hold out every Nth file")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    base, files = corpus()
    val_files = files[::args.val_every]
    train_files = [f for i, f in enumerate(files) if i % args.val_every]
    blobs = {}
    for name, group in (("train", train_files), ("val", val_files)):
        data = b"".join(open(os.path.join(base, f), "rb").read() + b"\n" for f in group)
        blobs[name] = np.frombuffer(data, np.uint8)
        with open(os.path.join(args.out, f"{name}.bin"), "wb") as f:
            f.write(data)
    listing = "".join(f + "\n" for f in files).encode()
    span = args.ctx + 1
    seeds = [int(s) for s in args.seeds.split(",")]
    order = {f"train_seed{s}": np.random.default_rng(s).integers(
        0, len(blobs["train"]) - span, size=(args.steps, args.batch), dtype=np.int64).astype(np.int32)
        for s in seeds}
    nval = args.val_batches * args.batch
    order["val"] = np.linspace(0, len(blobs["val"]) - span, nval).astype(np.int32).reshape(
        args.val_batches, args.batch)
    write_safetensors(os.path.join(args.out, "order.safetensors"), order)

    loss = make_loss(args.heads)
    step = jax.jit(jax.value_and_grad(loss), keep_unused=True)
    x = jnp.zeros((args.batch, args.ctx), jnp.int32)
    params = init_params(jax.random.PRNGKey(0), args.layers, args.width)
    text = export.export(step)(params, x=x, y=x).mlir_module()
    with open(os.path.join(args.out, "step.mlir"), "w") as f:
        f.write(text)
    for s in seeds:
        save_params(os.path.join(args.out, f"init_seed{s}.safetensors"),
                    init_params(jax.random.PRNGKey(s), args.layers, args.width),
                    metadata={"seed": str(s), "jax": jax.__version__})
    n_params = sum(int(np.prod(p.shape)) for p in jax.tree_util.tree_leaves(params))
    meta = {
        "jax": jax.__version__,
        "corpus": {"root": "site-packages", "glob": "jax/**/*.py", "files": len(files),
                   "file_list_sha256": hashlib.sha256(listing).hexdigest(),
                   "bytes_sha256": hashlib.sha256(blobs["train"].tobytes() + blobs["val"].tobytes()).hexdigest(),
                   "val_rule": f"every {args.val_every}th file of the sorted list, from the first",
                   "train_files": len(train_files), "val_files": len(val_files),
                   "train_bytes": int(len(blobs["train"])), "val_bytes": int(len(blobs["val"])),
                   "val_file_list": val_files},
        "model": {"layers": args.layers, "width": args.width, "heads": args.heads, "ctx": args.ctx,
                  "vocab": VOCAB, "params": n_params},
        "data": {"batch": args.batch, "steps": args.steps, "seeds": seeds,
                 "val_batches": args.val_batches, "val_tokens": nval * args.ctx,
                 "order": "numpy default_rng(seed).integers(0, len(train) - ctx - 1, (steps, batch))"},
    }
    with open(os.path.join(args.out, "corpus.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    print(f"{args.out}: {len(files)} files ({len(train_files)} train, {len(val_files)} val; "
          f"{len(blobs['train'])} / {len(blobs['val'])} bytes), list sha256 "
          f"{meta['corpus']['file_list_sha256'][:16]}…, {n_params} parameters, "
          f"{len(text)} bytes of StableHLO")


if __name__ == "__main__":
    main()
