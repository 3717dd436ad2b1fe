"""What a compiled GPU kernel costs in registers: read from the binary itself, offline.

- CUDA (a cubin from NVRTC): the `.nv.info` section's attributes, as `cuobjdump -elf`
  names them: EIATTR_REGCOUNT (registers per thread), EIATTR_FRAME_SIZE (stack frame
  bytes), EIATTR_MIN_STACK_SIZE.  NVIDIA does not document the layout; it is the one
  open-source tools read (e.g. CuAssembler's CuNVInfo.py, github.com/cloudcores/CuAssembler):
  a format byte, an attribute byte, a 16-bit size, then for EIFMT_SVAL (4) that many bytes
  (here a symbol index and a 32-bit value), for EIFMT_HVAL (3) the size field is the value.
  Spills are not among these attributes: ptxas reports them (`parse_ptxas_log`).
- AMD (a code object from LLVM): the AMDGPU metadata note, a MessagePack map with a
  `.vgpr_count`, `.sgpr_count`, `.vgpr_spill_count`, `.sgpr_spill_count`, ... per kernel
  (LLVM's "AMDGPU Code Object Metadata", https://llvm.org/docs/AMDGPUUsage.html).

The ELF files are read with pyelftools and the metadata decoded with msgpack (the `kernels`
extra); only the `.nv.info` layout, which no library reads, is decoded here.  No tinygrad:
bytes in, numbers out.
"""
from __future__ import annotations

import io
import re
import struct

EM_CUDA, EM_AMDGPU = "EM_CUDA", "EM_AMDGPU"          # ELF machine names (elf.h)


def _library(name: str):
    """pyelftools or msgpack, imported when a binary is read (the `kernels` extra)."""
    try:
        if name == "msgpack":
            import msgpack
            return msgpack
        from elftools.elf import elffile
        return elffile
    except ImportError as error:
        raise ImportError(f"reading GPU binaries needs {error.name}: pip install "
                          f"'tinygan[kernels]'") from error


def _elf(blob: bytes):
    """The ELF file in `blob` (pyelftools' ELFFile); ValueError if it is not one."""
    elffile = _library("elftools")
    from elftools.common.exceptions import ELFError
    try:
        return elffile.ELFFile(io.BytesIO(blob))
    except ELFError as error:
        raise ValueError(f"not an ELF file ({error})") from error


def elf_machine(blob: bytes) -> str | None:
    """The ELF machine of a binary ("EM_CUDA", "EM_AMDGPU"), None if it is no ELF file."""
    try:
        return _elf(blob)["e_machine"]
    except ValueError:
        return None


# EIATTR codes (cuobjdump -elf names).
EIATTR_FRAME_SIZE, EIATTR_MIN_STACK_SIZE, EIATTR_REGCOUNT = 0x11, 0x12, 0x2F
EIFMT_HVAL, EIFMT_SVAL = 3, 4
_CUBIN_FIELDS = {EIATTR_REGCOUNT: "registers", EIATTR_FRAME_SIZE: "stack_frame_bytes",
                 EIATTR_MIN_STACK_SIZE: "min_stack_bytes"}


def nv_info_attributes(content: bytes) -> list[tuple[int, int, bytes]]:
    """(format, attribute, value bytes) of each entry of a `.nv.info` section."""
    entries, at = [], 0
    while at + 4 <= len(content):
        fmt, attribute, size = struct.unpack_from("<BBH", content, at)
        if fmt == EIFMT_SVAL:
            entries.append((fmt, attribute, content[at + 4:at + 4 + size]))
            at += 4 + size
        else:                             # EIFMT_NVAL, _BVAL, _HVAL: the value in `size`
            entries.append((fmt, attribute, struct.pack("<H", size)))
            at += 4
    return entries


def cubin_resources(blob: bytes, function: str) -> dict:
    """Registers per thread and stack sizes of `function` in a cubin, from `.nv.info`."""
    elf = _elf(blob)
    symbols = elf.get_section_by_name(".symtab")
    info = elf.get_section_by_name(".nv.info")
    found: dict[str, dict] = {}
    for fmt, attribute, value in nv_info_attributes(info.data() if info else b""):
        if fmt == EIFMT_SVAL and attribute in _CUBIN_FIELDS and len(value) == 8:
            symbol, number = struct.unpack("<II", value)
            owner = symbols.get_symbol(symbol).name \
                if symbols and symbol < symbols.num_symbols() else str(symbol)
            found.setdefault(owner, {})[_CUBIN_FIELDS[attribute]] = number
    if function in found:
        return found[function]
    if len(found) == 1:
        return next(iter(found.values()))
    raise ValueError(f"no .nv.info attributes for {function} in the cubin")


# AMD: the metadata note (NT_AMDGPU_METADATA = 32, owner "AMDGPU") is MessagePack.
NT_AMDGPU_METADATA = 32


_AMD_FIELDS = {".vgpr_count": "vgprs", ".sgpr_count": "sgprs", ".agpr_count": "agprs",
               ".vgpr_spill_count": "vgpr_spills", ".sgpr_spill_count": "sgpr_spills",
               ".private_segment_fixed_size": "scratch_bytes",
               ".group_segment_fixed_size": "lds_bytes", ".wavefront_size": "wavefront"}


def amdgpu_resources(blob: bytes, function: str) -> dict:
    """Registers, spills and scratch of `function` in an AMDGPU code object."""
    kernels = []
    for section in _elf(blob).iter_sections():
        if section["sh_type"] != "SHT_NOTE":
            continue
        for note in section.iter_notes():
            if note["n_name"] == "AMDGPU" and note["n_type"] == NT_AMDGPU_METADATA:
                kernels += _library("msgpack").unpackb(note["n_desc"]).get("amdhsa.kernels", [])
    for kernel in kernels:
        if kernel.get(".name") == function or len(kernels) == 1:
            return {ours: kernel[theirs] for theirs, ours in _AMD_FIELDS.items()
                    if theirs in kernel}
    raise ValueError(f"no AMDGPU metadata for {function} in the code object")


# ---------------------------------------------------------------------------------------
# ptxas's report (nvcc/NVRTC with --ptxas-options=-v), e.g.
#   ptxas         .     0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
#   ptxas info    : Used 14 registers, used 0 barriers
# ---------------------------------------------------------------------------------------

_PTXAS_NUMBERS = {"registers": r"Used (\d+) registers",
                  "stack_frame_bytes": r"(\d+) bytes stack frame",
                  "spill_store_bytes": r"(\d+) bytes spill stores",
                  "spill_load_bytes": r"(\d+) bytes spill loads",
                  "shared_bytes": r"(\d+) bytes smem",
                  "barriers": r"used (\d+) barriers"}


def parse_ptxas_log(log: str) -> dict:
    """The numbers of one kernel's ptxas report (absent numbers are left out)."""
    found = {}
    for field, pattern in _PTXAS_NUMBERS.items():
        if (match := re.search(pattern, log)):
            found[field] = int(match.group(1))
    if "registers" not in found:
        raise ValueError(f"no ptxas report in the compiler's log: {log[:200]!r}")
    return found
