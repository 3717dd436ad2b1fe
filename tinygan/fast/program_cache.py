"""Lowered kernels kept on disk, so that a new process does not generate them again.

tinygrad turns each kernel of a schedule into a program (optimisation, linearisation,
rendering, compiling: `codegen.to_program`) and keeps the result for the rest of the process
in `codegen.to_program_cache`, under `to_program_key` (the kernel's AST hash, the renderer's
class and target, the code-generation settings).  Only the last step, the compiler's output,
is kept on disk (`Compiler.compile_cached`).  Generating the rest is most of a training
step's first call: about 255-355 kernels in tinygrad's Python code generator, 10-20 s on a
2-core CPU, paid again by every new process (each run, `--resume`, `tinygan sample`, each
test that starts a process).

`install()` (while fast kernels are on: `tinygan.fast.installed`) wraps tinygrad's
`engine.realize.lower_and_compile` (the one place that fills that cache) so that a kernel missing from it is first looked for on disk, and one lowered
here is written there: tinygrad's own disk cache (`helpers.diskcache_get/put`, the SQLite
file `CACHEDB`, `~/.cache/tinygrad/cache.db`), table `tinygan_program`.  The disk key adds
to tinygrad's key what a process-wide cache can take for granted: tinygrad's version, the
device, the compiler's own cache key (as tinygrad's compile cache keys it: OpenCL's names
the driver and its version), and this processor (its model and CPU flags: CPU programs are
compiled for it, `-march=native`).  tinygrad's settings turn it off with the rest of the
disk cache (`CACHELEVEL=0`); `TINYGAN_PROGRAM_CACHE=0` turns off this part alone (and the
hand-over below).

The wrapper also hands each call a program already built directly (`_with_built_programs`).
tinygrad puts a program into its call by substituting it for the kernel's AST, and that
substitution walks the whole program it puts in (its linearised UOps, thousands per
kernel) looking for the AST again: for every kernel of every realise, cached or not.  With
every kernel on disk, a one-step command-line run at the tutorial's batch took 11.8 and
13.9 s rather than 17.8 and 15.8 s (2-core AMD EPYC, tinygrad 0.14).  The call it makes is
the same UOp either way.

Not kept: programs for tinygrad's NULL device (it compiles and runs nothing: the atlas
measures how long compiling takes) and its PYTHON emulator (whose renderer limits the tests
change, which no key sees).  Written against tinygrad 0.14 (the pinned version): another
version may need `_calls_to_compile` and `_with_built_programs` changed.
"""
from __future__ import annotations

import functools
import hashlib

from tinygan.fast.processor import cpu_signature
from tinygan.internals import (ContextVar, Ops, ProgramInfo, diskcache_get, diskcache_put,
                               realize, to_program_cache, to_program_key, tinygrad_version)

PROGRAM_CACHE = ContextVar("TINYGAN_PROGRAM_CACHE", 1)
TABLE = "tinygan_program"
NOT_KEPT = ("NULL", "PYTHON")          # devices whose programs stay in the process


def disk_key(key: tuple, device: str, compiler: str | None) -> str:
    """The disk cache's key of a program: tinygrad's `to_program_key` (AST hash, renderer
    class and target, code-generation settings), tinygrad's version, the device, the
    compiler's own cache key (tinygrad's: e.g. OpenCL's names the driver's version), this
    CPU; for a renderer of tinygan's own (tinygan.fast.vectors), its `code_version`."""
    ast_key, renderer, target, *settings = key
    parts = (tinygrad_version(), device, compiler, ast_key.hex(),
             f"{renderer.__module__}.{renderer.__qualname__}",
             getattr(renderer, "code_version", None), str(target),
             *map(repr, settings), cpu_signature())
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _calls_to_compile(linear) -> dict:
    """Each call of `linear` that `lower_and_compile` would lower (by its own test): its
    kernel's AST, renderer and `to_program_key`."""
    return {call: (*todo, to_program_key(*todo)) for call in linear.toposort()
            if call.op is Ops.CALL and (todo := realize._get_call_to_compile(call)) is not None}


def _device(call) -> str:
    return (call.device if isinstance(call.device, str) else call.device[0]).split(":")[0]


def _is_built(program) -> bool:
    """A program `lower_and_compile` takes as compiled (it skips a call that holds one)."""
    return (program.op is Ops.PROGRAM and isinstance(program.arg, ProgramInfo)
            and program.src[-1].op is Ops.BINARY)


def _with_built_programs(linear, calls: dict) -> tuple:
    """`linear` with each of `calls` whose program is in tinygrad's process cache holding
    that program in place of its kernel's AST: the call tinygrad's `lower_and_compile` would
    make of it (`call.src[0].substitute({ast: program})`, the program itself where the call's
    body is the AST), made without walking the program; and whether that was every call
    (then `lower_and_compile` has nothing left to do).  The calls left are tinygrad's."""
    built = {}
    for call, (ast, _, key) in calls.items():
        program = to_program_cache.get(key)
        if call.src[0] is ast and program is not None and _is_built(program):
            built[call] = call.replace(src=(program, *call.src[1:]))
    return (linear.substitute(built) if built else linear), len(built) == len(calls)


def _lower_and_compile(original, linear):
    if not PROGRAM_CACHE.value:
        return original(linear)
    calls = _calls_to_compile(linear)
    missing = {}
    for call, (_, renderer, key) in calls.items():
        if (device := _device(call)) in NOT_KEPT or key in to_program_cache or key in missing:
            continue
        on_disk = disk_key(key, device, getattr(renderer.compiler, "cachekey", None))
        if (program := diskcache_get(TABLE, on_disk)) is not None:
            to_program_cache[key] = program
        else:
            missing[key] = on_disk
    linear, every_one = _with_built_programs(linear, calls)
    if not every_one:          # else tinygrad's would only walk `linear` to find nothing
        linear = original(linear)
    for key, on_disk in missing.items():
        if key in to_program_cache:
            diskcache_put(TABLE, on_disk, to_program_cache[key])
    return linear


def installed() -> bool:
    """Whether tinygrad's `lower_and_compile` is wrapped now."""
    return getattr(realize.lower_and_compile, "tinygan_program_cache", False)


def install() -> None:
    """Wrap tinygrad's `lower_and_compile` (once; idempotent)."""
    original = realize.lower_and_compile
    if installed():
        return
    wrapper = functools.wraps(original)(functools.partial(_lower_and_compile, original))
    wrapper.tinygan_program_cache = True
    wrapper.tinygrads = original
    realize.lower_and_compile = wrapper


def uninstall() -> None:
    """Give tinygrad its own `lower_and_compile` back."""
    realize.lower_and_compile = getattr(realize.lower_and_compile, "tinygrads",
                                        realize.lower_and_compile)
