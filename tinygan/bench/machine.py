"""What a benchmark ran on: the machine, its load, the versions and the source measured."""
from __future__ import annotations

import hashlib
import os
import platform
import socket
from importlib import metadata
from pathlib import Path

from tinygan.backend import device_description, is_gpu
from tinygan.fast.processor import cpu_isa, cpu_model
from tinygan.fast.tuned_kernels import user_table_path


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: other work on the machine skews timings."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def machine_info(backends: list[str], torch) -> dict:
    devices = {backend: device_description(backend) for backend in backends}
    gpus = [devices[b] for b in backends if b.split(":")[0] != "CPU" and is_gpu(b)]
    if torch is not None and torch.cuda.is_available():
        gpus.append(f"PyTorch cuda: {torch.cuda.get_device_name(0)}")
    user_table = user_table_path()
    return {"host": socket.gethostname(), "os": platform.platform(), "cpu": cpu_model(),
            "isa": cpu_isa(), "cores": os.cpu_count(), "gpus": gpus, "devices": devices,
            "python": platform.python_version(), "tinygrad": _version("tinygrad"),
            "numpy": _version("numpy"), "torch": getattr(torch, "__version__", None),
            "tinygan_source": source_digest(),
            # the user's own tuned kernels (`tinygan tune`), which change the kernels too
            "user_tuned_kernels": hashlib.sha256(user_table.read_bytes()).hexdigest()[:12]
            if user_table.is_file() else None}


def source_digest() -> str:
    """A short hash of tinygan's source files and of its table of tuned kernel options
    (which changes the kernels without any .py changing): which version was measured."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), package / "fast" / "tuned_kernels.json"]):
        digest.update(str(path.relative_to(package)).encode() + path.read_bytes())
    return digest.hexdigest()[:12]
