"""The safetensors files muon-xla reads and writes, by hand: an 8-byte little-endian header
length, a JSON header (per tensor its dtype, shape and byte range; string metadata under
`__metadata__`), then the raw little-endian data. Written here so no extra package is needed
(jax brings numpy and ml_dtypes, nothing reads or writes safetensors)."""

import json
import struct

import numpy as np

# numpy dtype name -> safetensors dtype, for the dtypes muon-xla's reader takes.
_ST_DTYPES = {"float32": "F32", "float64": "F64", "float16": "F16", "bfloat16": "BF16",
              "int32": "I32", "int64": "I64", "bool": "BOOL"}


def write_safetensors(path, tensors, metadata=None):
    """Writes {name: array} (anything numpy.asarray takes) and optional {str: str} metadata."""
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        # Not np.ascontiguousarray: it turns a scalar into shape (1,).
        a = np.asarray(tensors[name])
        kind = _ST_DTYPES.get(str(a.dtype))
        if kind is None:
            raise TypeError(f"`{name}` is {a.dtype}, which muon-xla does not read: cast it to one "
                            f"of {', '.join(_ST_DTYPES)}")
        data = a.astype(a.dtype.newbyteorder("<")).tobytes(order="C")
        header[name] = {"dtype": kind, "shape": list(a.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    if metadata:
        bad = [k for k, v in metadata.items() if not (isinstance(k, str) and isinstance(v, str))]
        if bad:
            raise TypeError(f"safetensors metadata maps strings to strings; not: {bad}")
        header["__metadata__"] = dict(metadata)
    raw = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    # Pads the header so the data starts 8-byte aligned, as the reference writer does.
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    """Reads {name: numpy array} (bfloat16 as ml_dtypes.bfloat16)."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    kinds = {v: k for k, v in _ST_DTYPES.items()}
    out = {}
    for name, h in header.items():
        if name == "__metadata__":
            continue
        a, b = h["data_offsets"]
        out[name] = np.frombuffer(data[a:b], _dtype(kinds[h["dtype"]]).newbyteorder("<")).reshape(h["shape"])
    return out


def _dtype(name):
    if name == "bfloat16":
        import ml_dtypes  # a jax dependency; numpy has no bfloat16

        return np.dtype(ml_dtypes.bfloat16)
    return np.dtype(name)
