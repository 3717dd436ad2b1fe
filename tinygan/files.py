"""Writing files so that an interrupted run never leaves half of one: `atomic_path` hands
out a temporary name in the same folder and renames it onto the real one only once the
file is complete (a rename within one filesystem is atomic).  `write_safetensors` writes
tensors in the safetensors format.  `user_cache` is where tinygan keeps what it
downloads or measures for this user."""
from __future__ import annotations

import json
import os
import struct
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import numpy as np
from tinygrad import Tensor
from tinygrad.nn.state import inverse_safe_dtypes


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to `path`; on success rename it onto `path`, on failure
    remove it.  The folder must exist (callers create it with a clear error if it cannot)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())          # mkstemp makes it private (0600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_safetensors(path: str | os.PathLike, tensors: dict[str, Tensor]) -> None:
    """Write `tensors` to `path` in the safetensors format: the header's length (8 bytes,
    little-endian), its JSON (names, dtypes as `safe_save` names them, shapes, byte ranges;
    padded with spaces to a multiple of 8), then every tensor's bytes, little-endian, in
    order; the same bytes as tinygrad's `nn.state.safe_save`, which `safe_load` reads.
    `safe_save` builds the file through a tensor on tinygrad's DISK device, and that opens
    tinygrad's CPU backend, whose kernels need a C compiler (clang) even when every tensor
    is on a GPU: a GPU machine without clang could train but not save.  Here the values
    come to the host as numpy arrays (`Tensor.numpy()`, a plain copy from the device) and go
    to the file directly."""
    arrays = {name: tensor.numpy() for name, tensor in tensors.items()}
    header, offset = {}, 0
    for name, array in arrays.items():
        header[name] = {"dtype": inverse_safe_dtypes[tensors[name].dtype],
                        "shape": list(array.shape), "data_offsets": [offset, offset + array.nbytes]}
        offset += array.nbytes
    text = json.dumps(header, separators=(",", ":"))
    text += " " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text.encode("utf-8"))
        for array in arrays.values():
            f.write(np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def user_cache(*parts: str) -> Path:
    """`$XDG_CACHE_HOME/tinygan/<parts>`, else `~/.cache/tinygan/<parts>` (the XDG
    base-directory convention): downloaded datasets, the user's tuned kernels."""
    cache_home = os.environ.get("XDG_CACHE_HOME")
    base = Path(cache_home) if cache_home else Path.home() / ".cache"
    return base.joinpath("tinygan", *parts)


def json_text(value, indent: str = "", width: int = 100) -> str:
    """JSON with every object or list that fits in `width` characters on one line (a
    kernel, a row's totals), the rest spread over lines: small, and readable in a diff."""
    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + len(indent) <= width or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = indent + " "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(key, ensure_ascii=False)}: "
                 f"{json_text(item, inner, width).lstrip()}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if not any(isinstance(item, (dict, list)) for item in value):   # numbers: wrapped
        lines, line = [], []
        for text in (json.dumps(item, ensure_ascii=False) for item in value):
            if line and len(inner) + len(", ".join(line + [text])) + 1 > width:
                lines.append(", ".join(line))
                line = []
            line.append(text)
        items = [inner + text for text in [*lines, ", ".join(line)]]
    else:
        items = [inner + json_text(item, inner, width).lstrip() for item in value]
    return "[\n" + ",\n".join(items) + "\n" + indent + "]"
