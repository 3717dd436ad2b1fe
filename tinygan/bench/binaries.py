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

Pure Python, no tinygrad: bytes in, numbers out.
"""
from __future__ import annotations

import re
import struct

EM_CUDA, EM_AMDGPU = 190, 224                        # ELF machine numbers (elf.h)
SHT_SYMTAB, SHT_NOTE = 2, 7


def elf_machine(blob: bytes) -> int | None:
    """The ELF machine number of a 64-bit little-endian ELF file, None if it is not one."""
    if len(blob) < 64 or blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        return None
    return struct.unpack_from("<H", blob, 18)[0]


def elf_sections(blob: bytes) -> list[tuple[str, int, bytes, int]]:
    """(name, type, content, link) of every section of a 64-bit little-endian ELF file."""
    if elf_machine(blob) is None:
        raise ValueError("not a 64-bit little-endian ELF file")
    section_offset = struct.unpack_from("<Q", blob, 0x28)[0]
    entry_size, count, names_index = struct.unpack_from("<HHH", blob, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", blob, section_offset + i * entry_size)
               for i in range(count)]
    names = headers[names_index]

    def name(offset: int) -> str:
        start = names[4] + offset
        return blob[start:blob.index(b"\0", start)].decode()

    return [(name(h[0]), h[1], blob[h[4]:h[4] + h[5]] if h[1] != 8 else b"", h[6])
            for h in headers]


def _symbol_names(sections) -> list[str]:
    """The names in the symbol table, by index."""
    for _, kind, content, link in sections:
        if kind == SHT_SYMTAB:
            strings = sections[link][2]
            offsets = [struct.unpack_from("<I", content, i)[0]
                       for i in range(0, len(content), 24)]
            return [strings[o:strings.index(b"\0", o)].decode() for o in offsets]
    return []


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
    sections = elf_sections(blob)
    symbols = _symbol_names(sections)
    found: dict[str, dict] = {}
    for name, _, content, _ in sections:
        if name != ".nv.info":
            continue
        for fmt, attribute, value in nv_info_attributes(content):
            if fmt == EIFMT_SVAL and attribute in _CUBIN_FIELDS and len(value) == 8:
                symbol, number = struct.unpack("<II", value)
                owner = symbols[symbol] if symbol < len(symbols) else str(symbol)
                found.setdefault(owner, {})[_CUBIN_FIELDS[attribute]] = number
    if function in found:
        return found[function]
    if len(found) == 1:
        return next(iter(found.values()))
    raise ValueError(f"no .nv.info attributes for {function} in the cubin")


# ---------------------------------------------------------------------------------------
# AMD: the metadata note (NT_AMDGPU_METADATA = 32, owner "AMDGPU") is MessagePack.  Only
# the subset LLVM writes is decoded (https://github.com/msgpack/msgpack/blob/master/spec.md).
# ---------------------------------------------------------------------------------------

NT_AMDGPU_METADATA = 32


def msgpack_decode(data: bytes):
    """Decode one MessagePack value (maps, arrays, strings, integers, floats, booleans,
    nil, binary): the subset LLVM's AMDGPU metadata uses."""
    return _decode(data, 0)[0]


def _decode(data: bytes, at: int):
    byte = data[at]
    at += 1
    if byte <= 0x7F:
        return byte, at
    if byte >= 0xE0:
        return byte - 0x100, at
    if 0x80 <= byte <= 0x8F:
        return _decode_map(data, at, byte & 0x0F)
    if 0x90 <= byte <= 0x9F:
        return _decode_array(data, at, byte & 0x0F)
    if 0xA0 <= byte <= 0xBF:
        return data[at:at + (byte & 0x1F)].decode(), at + (byte & 0x1F)
    simple = {0xC0: None, 0xC2: False, 0xC3: True}
    if byte in simple:
        return simple[byte], at
    numbers = {0xCA: ">f", 0xCB: ">d", 0xCC: ">B", 0xCD: ">H", 0xCE: ">I", 0xCF: ">Q",
               0xD0: ">b", 0xD1: ">h", 0xD2: ">i", 0xD3: ">q"}
    if byte in numbers:
        return struct.unpack_from(numbers[byte], data, at)[0], at + struct.calcsize(
            numbers[byte])
    lengths = {0xC4: ">B", 0xC5: ">H", 0xC6: ">I", 0xD9: ">B", 0xDA: ">H", 0xDB: ">I",
               0xDC: ">H", 0xDD: ">I", 0xDE: ">H", 0xDF: ">I"}
    if byte in lengths:
        size = struct.unpack_from(lengths[byte], data, at)[0]
        at += struct.calcsize(lengths[byte])
        if byte in (0xDC, 0xDD):
            return _decode_array(data, at, size)
        if byte in (0xDE, 0xDF):
            return _decode_map(data, at, size)
        chunk = data[at:at + size]
        return (chunk if byte <= 0xC6 else chunk.decode()), at + size
    raise ValueError(f"MessagePack type 0x{byte:02x} not supported")


def _decode_array(data: bytes, at: int, count: int):
    items = []
    for _ in range(count):
        item, at = _decode(data, at)
        items.append(item)
    return items, at


def _decode_map(data: bytes, at: int, count: int):
    items = {}
    for _ in range(count):
        key, at = _decode(data, at)
        items[key], at = _decode(data, at)
    return items, at


def elf_notes(content: bytes) -> list[tuple[str, int, bytes]]:
    """(owner, type, description) of each note in an ELF note section (4-byte aligned)."""
    notes, at = [], 0
    while at + 12 <= len(content):
        name_size, desc_size, kind = struct.unpack_from("<III", content, at)
        at += 12
        owner = content[at:at + name_size].rstrip(b"\0").decode()
        at += (name_size + 3) & ~3
        notes.append((owner, kind, content[at:at + desc_size]))
        at += (desc_size + 3) & ~3
    return notes


_AMD_FIELDS = {".vgpr_count": "vgprs", ".sgpr_count": "sgprs", ".agpr_count": "agprs",
               ".vgpr_spill_count": "vgpr_spills", ".sgpr_spill_count": "sgpr_spills",
               ".private_segment_fixed_size": "scratch_bytes",
               ".group_segment_fixed_size": "lds_bytes", ".wavefront_size": "wavefront"}


def amdgpu_resources(blob: bytes, function: str) -> dict:
    """Registers, spills and scratch of `function` in an AMDGPU code object."""
    kernels = []
    for _, kind, content, _ in elf_sections(blob):
        if kind != SHT_NOTE:
            continue
        for owner, note_type, description in elf_notes(content):
            if owner == "AMDGPU" and note_type == NT_AMDGPU_METADATA:
                kernels += msgpack_decode(description).get("amdhsa.kernels", [])
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
