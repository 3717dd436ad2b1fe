"""The processor tinygan runs on: its model and its widest vector instruction set.

The best kernel options for a CPU matmul depend on the vector width the compiler may use
(tinygrad compiles CPU kernels for this very CPU, `-march=native`): a 16-float AVX-512
register or an 8-float AVX2 one.  Tuned kernel options (tinygan.fast.tuned_kernels) are keyed by
`cpu_isa()`, and every benchmark result records both.
"""
from __future__ import annotations

import functools
import hashlib
import platform
from pathlib import Path

# The widest first: the first flag the CPU has names its instruction set.
_X86_ISAS = (("avx512f", "avx512"), ("avx2", "avx2"), ("avx", "avx"), ("sse4_2", "sse4.2"))


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _field(lines: list[str], *names: str) -> str | None:
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip().lower() in names:
            return value.strip()
    return None


@functools.cache
def cpu_model() -> str:
    """The processor's model name ("AMD EPYC 9B14"), or what the platform says."""
    return _field(_cpuinfo(), "model name") or platform.processor() or platform.machine()


@functools.cache
def cpu_isa() -> str:
    """The widest vector instruction set of this CPU: "avx512", "avx2", "avx", "sse4.2" on
    x86 (from the kernel's CPU flags), "neon" on 64-bit ARM, else the machine's name."""
    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "neon"
    flags = set((_field(_cpuinfo(), "flags") or "").split())
    return next((isa for flag, isa in _X86_ISAS if flag in flags), machine)


@functools.cache
def l2_cache_bytes(caches: Path = Path("/sys/devices/system/cpu/cpu0/cache")) -> int | None:
    """The size of one core's level-2 cache, as Linux's sysfs describes the first core's
    caches (`caches`/index*/level, type, size: "2048K"), or None where it does not say."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    for index in sorted(caches.glob("index*")):
        try:
            level, kind, size = ((index / name).read_text(encoding="ascii").strip()
                                 for name in ("level", "type", "size"))
            if level == "2" and kind in ("Unified", "Data"):
                return int(size[:-1]) * units[size[-1]] if size[-1] in units else int(size)
        except (OSError, ValueError):
            continue
    return None


@functools.cache
def cpu_signature() -> str:
    """This processor as code compiled for it sees it: its model and a digest of its CPU
    flags (two machines that both say "AMD EPYC" may differ in AVX-512)."""
    flags = _field(_cpuinfo(), "flags", "features") or ""
    return f"{cpu_model()} {hashlib.sha256(flags.encode()).hexdigest()[:16]}"
