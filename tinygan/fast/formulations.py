"""Faster ways to compute the tutorial's convolutions on tinygrad: the same arithmetic, in
kernels that tinygrad compiles well.  The fast path (`tinygan.fast.Formulations`) picks one
by stride and shape; the plain path is tinygrad's own `conv2d`, `conv_transpose2d` and
`linear`, which `tinygan.layers` calls.

Why this file exists (measurements in benchmarks/PERF.md): tinygrad builds a convolution as
a pooling view of the padded input (`Tensor._pool`), and lets autodiff derive the backward
pass from that view.  For the tutorial's layers this costs, per training step:

- the input gradient of every convolution comes out as a larger window over a larger,
  padded image (11×11 outputs with 6×6 windows where 7×7 with 5×5 are needed, for the
  5×5 transposed convolution): 3.5× the work of the real one;
- a stride-2 transposed convolution multiplies inserted zeros (3/4 of its taps), and the
  backward passes of stride-2 convolutions use 5×5 / 6×6 windows where 4×4 taps are real;
- whatever is computed elementwise just before a convolution (BatchNorm + relu in the
  generator, leakyrelu + dropout's random mask in the discriminator) is fused into the
  convolution's inner loop and recomputed for every tap and every output channel.

So every formulation here is built on one primitive, `conv2d_stride1`: a stride-1
cross-correlation whose gradients are written out by hand as two more stride-1
cross-correlations (the textbook formulas), which makes all three kernels of every layer
plain, dense convolutions; each is computed as one matmul over a copy of the input's
windows (im2col), which tinygrad compiles better than its sliding-window view, or, where
padding would take a large share of the multiply-adds (the 5×5 layer), as one matmul per
band of output rows that skips the padding.  Strided
layers are rewritten into it without wasted taps: space-to-depth for stride-2
convolutions and sub-pixel (phase) decomposition for stride-2
transposed convolutions.  Each function's docstring says what it replaces.  One module,
although long: every formulation is that one primitive rearranged.

Weights keep tinygrad's / Flux-port layout: Conv out×in×kh×kw, ConvTranspose in×out×kh×kw.
Padding is symmetric (one int or (pad_h, pad_w)), as in the layers.  Biases are added by
the caller.  Only first derivatives are provided (enough for training).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Sequence

from tinygrad import Tensor, function

from tinygan.fast import tuned_kernels
from tinygan.internals import ContextVar, sliding_windows

Pads = tuple[tuple[int, int], tuple[int, int]]          # ((top, bottom), (left, right))

# Every correlation as im2col + matmul (`_correlate`); TINYGAN_IM2COL=0 uses tinygrad's
# own conv2d kernel instead (the formulation before; kept for comparison and debugging).
IM2COL = ContextVar("TINYGAN_IM2COL", 1)
# Correlations whose padding rows would take at least REGION_SAVING of the multiply-adds are
# split into bands of rows (`_row_regions`); TINYGAN_CONV_REGIONS=0 keeps them whole.
REGIONS = ContextVar("TINYGAN_CONV_REGIONS", 1)
REGION_SAVING = 0.15


@dataclass(frozen=True)
class Choices:
    """How one kind of backend computes the correlations (`tinygan.fast.strategy` picks).

    `row_bands`: split a correlation into bands of rows where padding would take a large
    share of the multiply-adds (`_row_regions`); on a CPU a band's operands stay in a core's
    cache, on a GPU the bands only make launches smaller.  `min_workgroups`: where a product
    is heavy (`HEAVY_FLOPS`) and tinygrad's heuristic would start fewer workgroups than this,
    its sum is split into parts computed side by side in one kernel, then added (split-K,
    `_split_sum_product`); 0 never splits (a CPU's cores are few, and its tuned kernels split
    the work over them already).  `batched_phases`: a strided transposed convolution's
    sub-pixel phases as one batched product in each pass (`conv_transpose2d_phases`), not
    one launch each."""
    row_bands: bool = True
    min_workgroups: int = 0
    batched_phases: bool = False


# A product this heavy (multiply-adds × 2) is worth filling a GPU for; lighter ones are
# left as tinygrad builds them (splitting costs a launch and a pass over the parts).
HEAVY_FLOPS = 1e8
# Outputs tinygrad's heuristic gives one GPU workgroup of a matmul: 8×16 threads, each with
# a 4×4 tile of outputs (codegen/opt/heuristic.py, tinygrad 0.14), where the shape divides.
OUTPUTS_PER_WORKGROUP = 2048
# The shortest part of a split sum: shorter parts would spend more on the partial results'
# traffic than they save.
MIN_SUM_PART = 64
CPU = Choices()
# Twice the compute units of the largest GPU tinygan knows (an AMD MI300X: 304), so that
# every heavy product starts at least two workgroups per unit on any of them
# (tinygan/bench/accelerators.json; tests/test_atlas.py checks the compiled step).
GPU = Choices(row_bands=False, min_workgroups=2 * 304, batched_phases=True)


def _pair(value: int | Sequence[int]) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else (int(value[0]), int(value[1]))


def _tinygrad_padding(pads: Pads) -> tuple[int, int, int, int]:
    """tinygrad's 4-value conv padding is (left, right, top, bottom); negative values crop."""
    (top, bottom), (left, right) = pads
    return (left, right, top, bottom)


def _flip_transpose(w: Tensor) -> Tensor:
    """a×b×kh×kw → b×a×kh×kw with both kernel axes reversed: turns a correlation kernel into
    the kernel of its transpose (and a ConvTranspose weight into a Conv weight)."""
    return w.flip(2, 3).transpose(0, 1)


# ---------------------------------------------------------------------------------------
# The primitive: a stride-1 cross-correlation with hand-written gradients.
# ---------------------------------------------------------------------------------------

def _correlate(x: Tensor, w: Tensor, pads: Pads, choices: Choices = CPU) -> Tensor:
    """y[n,o,i,j] = Σ_{c,u,v} xpad[n,c,i+u,j+v]·w[o,c,u,v], a stride-1 correlation: im2col
    and one matmul, or one per band of output rows (`_row_regions`) where the padding rows
    would take a large share of the multiply-adds (TINYGAN_IM2COL=0: tinygrad's own conv2d
    kernel instead)."""
    if not IM2COL.value:
        return x.conv2d(w, padding=_tinygrad_padding(pads))
    (n, c, h, _), (o, _, kh, kw) = x.shape, w.shape
    padded = _channels_last(x, pads)                                   # n×H×W×c, realised
    ho, wo = padded.shape[1] - kh + 1, padded.shape[2] - kw + 1
    weights = w.permute(0, 2, 3, 1).reshape(o, kh * kw * c)           # o × (u, v, c)
    regions = (_row_regions(h, kh, pads[0]) if REGIONS.value and choices.row_bands else None) \
        or [((0, ho), (0, kh))]
    # Each band: the windows of its rows over its taps only, and those taps' columns of the
    # weights, with the whole correlation's tuned kernel options where they fit every band
    # (a single band is the whole correlation: its options are used as they are).
    per_tap = kw * c
    plan = tuned_kernels.lookup(n * ho * wo, kh * per_tap, o, x.device)
    if len(regions) > 1 and plan is not None and not all(
            plan.fits(n * (i1 - i0) * wo, (u1 - u0) * per_tap, o)
            for (i0, i1), (u0, u1) in regions):
        plan = None
    laid = plan.operand(weights) if plan is not None else weights.contiguous()
    bands = []
    for (i0, i1), (u0, u1) in regions:
        cols = _windows(padded[:, i0 + u0:i1 + u1 - 1], (u1 - u0, kw))   # (n·rows·wo) × taps
        if plan is not None:
            y = plan.product(cols, plan.sum_range(laid, u0 * per_tap, u1 * per_tap))
        else:
            y = _heuristic_product(cols, laid[:, u0 * per_tap:u1 * per_tap],
                                   choices.min_workgroups)
        bands.append(y.reshape(n, i1 - i0, wo, o))
    y = bands[0].cat(*bands[1:], dim=1) if len(bands) > 1 else bands[0]
    return y.permute(0, 3, 1, 2)


def _row_regions(size: int, k: int, pads: tuple[int, int]):
    """The bands of output rows of a k-tap, stride-1 correlation along an axis of `size`
    (padded (before, after)) whose rows all meet real input in the same taps: a list of
    ((first row, end), (first tap, end)), or None where splitting is not worth it.

    Why: near the border, part of every window is padding, and the dense matmul multiplies
    those zeros too.  For the generator's 5×5 layer on 7×7 images (padding 2), output rows
    0, 1, 5 and 6 meet 3, 4, 4 and 3 of the 5 kernel rows: 6 of 35 row-taps (17% of the
    multiply-adds) are padding, and five smaller matmuls over bands 0, 1, 2-4, 5, 6 skip
    them.  Splitting costs kernels (each band has its own window copy and matmul), so it is
    done only where at least `REGION_SAVING` of the multiply-adds are skipped (columns are
    left whole: splitting them too gave back the gain, benchmarks/PERF.md)."""
    before, after = pads
    out = size + before + after - k + 1
    taps = [(max(0, before - i), min(k, size + before - i)) for i in range(out)]
    if out < 2 or any(u1 <= u0 for u0, u1 in taps):
        return None
    if 1 - sum(u1 - u0 for u0, u1 in taps) / (out * k) < REGION_SAVING:
        return None
    regions, start = [], 0
    for i in range(1, out + 1):
        if i == out or taps[i] != taps[start]:
            regions.append(((start, i), taps[start]))
            start = i
    return regions


def _heuristic_product(a: Tensor, b: Tensor, min_workgroups: int = 0) -> Tensor:
    """a @ bᵀ over the last two axes (…×M×K by …×N×K; leading axes are a batch: the
    batched phases') realised in its own kernel, with tinygrad's heuristic options (for
    shapes the tuned table lacks).  The callers pass b contiguous along the summed axis (a
    strided b is much slower: benchmarks/PERF.md, "im2col"), and the product is realised in
    its own kernel, not fused into whatever reads it (e.g. the sub-pixel phases'
    interleave).  With `min_workgroups` (GPUs), a heavy product whose output is too small
    to fill that many workgroups splits its sum (`sum_parts`; the batch counted as rows)."""
    *batch, m, k = a.shape
    parts = sum_parts(math.prod(batch) * m, k, b.shape[-2], min_workgroups)
    if parts == 1:
        return (a @ b.transpose(-1, -2)).contiguous()
    return _split_sum_product(a, b, parts)


def sum_parts(m: int, k: int, n: int, min_workgroups: int) -> int:
    """Into how many parts to split the sum of an M×K by K×N product so that tinygrad's
    heuristic starts at least `min_workgroups` workgroups (about M·N/OUTPUTS_PER_WORKGROUP
    per part): the fewest that do and divide K, each part at least MIN_SUM_PART long; where
    none does (a tiny output, e.g. pix2pix's innermost U-Net level: 16 × 512 outputs, K =
    8,192), the most that divide K; 1 for a light product, one that fills them already, or a
    sum too short to split."""
    if not min_workgroups or 2 * m * n * k < HEAVY_FLOPS:
        return 1
    fewest = math.ceil(min_workgroups * OUTPUTS_PER_WORKGROUP / (m * n))
    if fewest <= 1:
        return 1
    divisors = [c for c in range(2, k // MIN_SUM_PART + 1) if k % c == 0]
    return next((c for c in divisors if c >= fewest), divisors[-1] if divisors else 1)


def _split_sum_product(a: Tensor, b: Tensor, parts: int) -> Tensor:
    """a @ bᵀ (as `_heuristic_product`) with the sum over K in `parts` parts: one kernel
    computes every part's product side by side (a batch of matmuls, the parts' axis
    outermost: more workgroups, each with a shorter sum), a second adds the parts up."""
    *batch, m, k = a.shape
    n, d = b.shape[-2], len(batch)
    per_part = (a.reshape(*batch, m, parts, k // parts).permute(d + 1, *range(d), d, d + 2)
                @ b.reshape(*batch, n, parts, k // parts).permute(d + 1, *range(d), d + 2, d))
    return per_part.contiguous().sum(0).contiguous()


def _channels_last(x: Tensor, pads: Pads) -> Tensor:
    """The padded input copied channels-last, n×H×W×c (negative pads crop): what `_windows`
    copies every window from, computed once per element."""
    return x.pad(((0, 0), (0, 0), *pads)).permute(0, 2, 3, 1).contiguous()


def _windows(padded: Tensor, kernel: tuple[int, int]) -> Tensor:
    """im2col: every kh×kw window of a channels-last image (n×H×W×c) as one row,
    (n·ho·wo) × (kh·kw·c), realised (tap by tap, all channels of a tap together).

    Why: tinygrad compiles a convolution's sliding-window view into one kernel that reads
    masked, overlapping windows in its inner loop; the same sums as a matmul over a
    contiguous copy of the windows run about half again as fast, and the copy costs a tenth
    of that (benchmarks/PERF.md, "im2col").  Channels-last (`_channels_last`, small), so that
    the window copy reads and writes runs of c consecutive values: copied straight from
    NCHW, the 5×5 layer's window copy wrote its rows 25 KB apart, three times slower
    (benchmarks/PERF.md, "Round two", section 4).
    """
    windows = sliding_windows(padded.permute(0, 3, 1, 2), kernel)    # n×c×ho×wo×kh×kw (a view)
    n, c, ho, wo, kh, kw = windows.shape
    return windows.permute(0, 2, 3, 4, 5, 1).reshape(n * ho * wo, kh * kw * c).contiguous()


def _input_gradient(g: Tensor, w: Tensor, pads: Pads, size: tuple[int, int],
                    choices: Choices = CPU) -> Tensor:
    """∂L/∂x of `_correlate` from g = ∂L/∂y: a correlation of g with the flipped, transposed
    kernel, padded k-1-p on each side (negative pads crop), which gives x's size back."""
    kh, kw = w.shape[2:]
    (top, bottom), (left, right) = pads
    dx = _correlate(g, _flip_transpose(w),
                    ((kh - 1 - top, kh - 1 - bottom), (kw - 1 - left, kw - 1 - right)), choices)
    assert dx.shape[2:] == size, (dx.shape, size)
    return dx


def _weight_gradient(x: Tensor, g: Tensor, pads: Pads, choices: Choices = CPU) -> Tensor:
    """∂L/∂w of `_correlate`: dw[o,c,u,v] = Σ_{n,i,j} xpad[n,c,i+u,j+v]·g[n,o,i,j], itself a
    stride-1 correlation of x (batch as channels) with g (batch as channels)."""
    dw = _correlate(x.transpose(0, 1), g.transpose(0, 1), pads, choices)     # c×o×kh×kw
    return dw.transpose(0, 1)


def _once(x: Tensor) -> Tensor:
    """x computed once per element: im2col's channels-last copy already does that; tinygrad's
    own conv2d (TINYGAN_IM2COL=0) needs it realised first."""
    return x if IM2COL.value else x.contiguous()


@functools.cache
def _conv2d_stride1_function(pads: Pads, choices: Choices = CPU):
    """The traced function for one padding and backend kind, with its backward as
    `grad_fxn` (cached so that equal layers build equal graphs)."""

    # The input is computed once per element inside the function, in both passes (`_once`:
    # by im2col's channels-last copy), so that elementwise work before the convolution runs
    # once, not once per tap and output channel.  (Not outside: a realised intermediate would
    # cut the generator's graph when the two training steps are realised separately, see
    # `tinygan.tutorial.train_generator`.)
    def conv2d_stride1_forward(x: Tensor, w: Tensor) -> Tensor:
        return _correlate(_once(x), w, pads, choices)

    def conv2d_stride1_backward(grad, call) -> tuple:
        x, w = _once(Tensor(call.src[1])), Tensor(call.src[2])
        g = Tensor(grad).contiguous()
        return (_input_gradient(g, w, pads, x.shape[2:], choices).uop,
                _weight_gradient(x, g, pads, choices).uop)

    return function(conv2d_stride1_forward, grad_fxn=conv2d_stride1_backward)


def conv2d_stride1(x: Tensor, w: Tensor, padding: int | Sequence[int] | Pads = 0,
                   choices: Choices = CPU) -> Tensor:
    """Stride-1 cross-correlation (tinygrad's `conv2d`, stride 1) whose input and weight
    gradients are the textbook formulas, each a dense stride-1 correlation.

    Replaces tinygrad's autodiff of its pooling view, whose input gradient is a 3.5× larger
    kernel for the 5×5 layer.  The input is computed once per element first, so that
    elementwise work before the convolution (BatchNorm, relu, dropout's mask) runs once, not
    once per tap.
    `padding`: an int, (pad_h, pad_w), or ((top, bottom), (left, right)); negative crops.
    """
    if isinstance(padding, int):
        pads: Pads = ((padding, padding), (padding, padding))
    elif isinstance(padding[0], int):
        ph, pw = _pair(padding)
        pads = ((ph, ph), (pw, pw))
    else:
        pads = (tuple(padding[0]), tuple(padding[1]))

    return _conv2d_stride1_function(pads, choices)(x, w)


# ---------------------------------------------------------------------------------------
# Convolutions (Conv): stride 1 directly, larger strides by space-to-depth.
# ---------------------------------------------------------------------------------------

def conv2d_space_to_depth(x: Tensor, w: Tensor, stride: int = 2,
                          padding: int | Sequence[int] = 0, choices: Choices = CPU) -> Tensor:
    """A stride-s convolution as a stride-1 one: every s×s block of the padded input becomes
    s² channels, and the k×k kernel (zero-padded to a multiple of s) becomes ⌈k/s⌉×⌈k/s⌉
    over s²·in channels.  For the discriminator's 4×4 stride-2 convolutions: a 2×2 kernel
    over 4·in channels, no tap wasted in any of the three passes.

    Replaces tinygrad's strided `conv2d`, whose backward passes run 5×5 / 6×6 windows
    where 4×4 taps are real (benchmarks/PERF.md).
    """
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    ho, wo = (h + 2 * ph - kh) // sh + 1, (wd + 2 * pw - kw) // sw + 1
    qh, qw = -(-kh // sh), -(-kw // sw)                      # kernel size in blocks
    hs, ws = ho + qh - 1, wo + qw - 1                        # input size in blocks
    # Pad (or crop) the input to exactly hs×ws blocks, then fold each block into channels.
    x = x.pad(((0, 0), (0, 0), (ph, sh * hs - h - ph), (pw, sw * ws - wd - pw))) \
        if sh * hs - h - ph >= 0 and sw * ws - wd - pw >= 0 else \
        x.pad(((0, 0), (0, 0), (ph, 0), (pw, 0)))[:, :, :sh * hs, :sw * ws]
    x = x.reshape(n, c, hs, sh, ws, sw).permute(0, 1, 3, 5, 2, 4).reshape(n, c * sh * sw, hs, ws)
    w = w.pad(((0, 0), (0, 0), (0, qh * sh - kh), (0, qw * sw - kw)))
    w = w.reshape(o, c, qh, sh, qw, sw).permute(0, 1, 3, 5, 2, 4).reshape(o, c * sh * sw, qh, qw)
    return conv2d_stride1(x, w, 0, choices)


def conv2d(x: Tensor, w: Tensor, stride: int | Sequence[int] = 1,
           padding: int | Sequence[int] = 0, choices: Choices = CPU) -> Tensor:
    """Cross-correlation with a Conv weight (out×in×kh×kw), as `Tensor.conv2d` without bias:
    `conv2d_stride1` for stride 1, `conv2d_space_to_depth` otherwise."""
    if _pair(stride) == (1, 1):
        return conv2d_stride1(x, w, _pair(padding), choices)
    return conv2d_space_to_depth(x, w, stride, padding, choices)


# ---------------------------------------------------------------------------------------
# Transposed convolutions (ConvTranspose): stride 1 is a plain convolution; larger strides
# split into s² stride-1 convolutions, one per output phase.
# ---------------------------------------------------------------------------------------

def conv_transpose2d_stride1(x: Tensor, w: Tensor, padding: int | Sequence[int] = 0,
                             choices: Choices = CPU) -> Tensor:
    """A stride-1 transposed convolution (ConvTranspose weight in×out×kh×kw) is a plain
    convolution with the flipped, transposed kernel and padding k-1-p.

    tinygrad's `conv_transpose2d` already does this for its forward pass; what this adds is
    `conv2d_stride1`'s backward, for the generator's 5×5 layer (its input gradient was the
    slowest kernel of the step: benchmarks/PERF.md)."""
    kh, kw = w.shape[2:]
    ph, pw = _pair(padding)
    return conv2d_stride1(x, _flip_transpose(w), (kh - 1 - ph, kw - 1 - pw), choices)


def conv_transpose2d_subpixel(x: Tensor, w: Tensor, stride: int = 2,
                              padding: int | Sequence[int] = 0,
                              choices: Choices = CPU) -> Tensor:
    """A stride-s transposed convolution as s² stride-1 convolutions, one per output phase
    (sub-pixel decomposition): output row s·a + r only ever meets the kernel rows
    u ≡ r + p (mod s), so phase r is a small correlation of the input with those rows,
    flipped; the phases are then interleaved.  For 4×4 stride 2: four 2×2 convolutions.

    Replaces tinygrad's `conv_transpose2d` for strides > 1, which inserts s-1 zeros between
    input pixels and runs the full kernel over them (3/4 of its multiplies are by zero).
    Needs k ≥ s (every phase has a tap); `conv_transpose2d` falls back otherwise.
    """
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    n, c, h, wd = x.shape
    _, o, kh, kw = w.shape
    hout, wout = (h - 1) * sh + kh - 2 * ph, (wd - 1) * sw + kw - 2 * pw
    rows = [_phase(r, sh, ph, kh, h, hout) for r in range(sh)]
    cols = [_phase(r, sw, pw, kw, wd, wout) for r in range(sw)]
    am_h, am_w = -(-hout // sh), -(-wout // sw)             # phase sizes, rounded up
    phases = []
    for (first_h, taps_h, pads_h, count_h) in rows:
        row = []
        for (first_w, taps_w, pads_w, count_w) in cols:
            sub = w[:, :, first_h::sh, first_w::sw]          # in×out×taps_h×taps_w
            y = conv2d_stride1(x, _flip_transpose(sub), (pads_h, pads_w), choices)
            row.append(y.pad(((0, 0), (0, 0), (0, am_h - count_h), (0, am_w - count_w))))
        phases.append(Tensor.stack(*row, dim=-1))           # n×o×am_h×am_w×sw
    y = Tensor.stack(*phases, dim=3)                         # n×o×am_h×sh×am_w×sw
    return y.reshape(n, o, am_h * sh, am_w * sw)[:, :, :hout, :wout]


# The sub-pixel phases as one batched product per pass (GPUs: `Choices.batched_phases`).

def _im2col_operands(x: Tensor, w: Tensor, pads: Pads) -> tuple[Tensor, Tensor]:
    """The two operands of a stride-1 correlation as one matmul (`_correlate`, whole): the
    windows, (n·ho·wo) × (kh·kw·c), and the weights, o × (kh·kw·c)."""
    (o, c, kh, kw) = w.shape
    return _windows(_channels_last(x, pads), (kh, kw)), w.permute(0, 2, 3, 1).reshape(o, -1)


def _batched_product(pairs: list[tuple[Tensor, Tensor]], min_workgroups: int) -> Tensor:
    """Every a @ bᵀ of `pairs` (all M×K by N×K) as one batched matmul, P×M×N, in its own
    kernel (`_heuristic_product`, its sum split where it is heavy)."""
    return _heuristic_product(Tensor.stack(*[a for a, _ in pairs]),              # P×M×K
                              Tensor.stack(*[b for _, b in pairs]).contiguous(),  # P×N×K
                              min_workgroups)


def _phase_plan(x_shape, w_shape, stride: tuple[int, int], padding: tuple[int, int]):
    """The phases of a stride-s transposed convolution that can be batched: per phase its
    first kernel taps and the (rows, columns) padding of its correlation, with the phase
    size, the taps per phase and the output size; None where the phases differ in size
    or in taps (then `conv_transpose2d_subpixel`)."""
    (sh, sw), (ph, pw) = stride, padding
    (_, _, h, wd), (_, _, kh, kw) = x_shape, w_shape
    hout, wout = (h - 1) * sh + kh - 2 * ph, (wd - 1) * sw + kw - 2 * pw
    rows = [_phase(r, sh, ph, kh, h, hout) for r in range(sh)]
    cols = [_phase(r, sw, pw, kw, wd, wout) for r in range(sw)]
    am_h, am_w = -(-hout // sh), -(-wout // sw)
    if any(taps != kh // sh or count != am_h for _, taps, _, count in rows) or \
            any(taps != kw // sw or count != am_w for _, taps, _, count in cols):
        return None
    phases = [((first_h, first_w), (pads_h, pads_w))
              for first_h, _, pads_h, _ in rows for first_w, _, pads_w, _ in cols]
    return phases, (am_h, am_w), (kh // sh, kw // sw), (hout, wout)


@functools.cache
def _phases_function(stride: tuple[int, int], padding: tuple[int, int], choices: Choices):
    """The traced function of `conv_transpose2d_phases` for one stride and padding, with its
    backward (each pass one batched product over the phases)."""
    sh, sw = stride

    def plan(x: Tensor, w: Tensor):
        return _phase_plan(x.shape, w.shape, stride, padding)

    def sub_kernel(w: Tensor, first: tuple[int, int]) -> Tensor:
        return w[:, :, first[0]::sh, first[1]::sw]                 # in×out×taps_h×taps_w

    def forward(x: Tensor, w: Tensor) -> Tensor:
        phases, (am_h, am_w), _, (hout, wout) = plan(x, w)
        n, o = x.shape[0], w.shape[1]
        y = _batched_product([_im2col_operands(x, _flip_transpose(sub_kernel(w, first)), pads)
                              for first, pads in phases], choices.min_workgroups)
        y = y.reshape(sh, sw, n, am_h, am_w, o).permute(2, 5, 3, 0, 4, 1)
        return y.reshape(n, o, am_h * sh, am_w * sw)[:, :, :hout, :wout]

    def backward(grad, call) -> tuple:
        x, w = Tensor(call.src[1]), Tensor(call.src[2])
        phases, (am_h, am_w), (th, tw), (hout, wout) = plan(x, w)
        (n, c, h, wd), o = x.shape, w.shape[1]
        g = Tensor(grad).pad(((0, 0), (0, 0), (0, am_h * sh - hout), (0, am_w * sw - wout)))
        g = g.reshape(n, o, am_h, sh, am_w, sw)
        per_phase = [g[:, :, :, r, :, q].contiguous() for r in range(sh) for q in range(sw)]
        # ∂L/∂x: each phase's input gradient (its correlation's: the kernel flipped back,
        # padded k-1-p), all of them one batched product, then added up
        flipped = [((th - 1 - bh, th - 1 - ah), (tw - 1 - bw, tw - 1 - aw))
                   for _, ((bh, ah), (bw, aw)) in phases]
        dx = _batched_product([_im2col_operands(gp, sub_kernel(w, first), pads)
                               for gp, (first, _), pads in zip(per_phase, phases, flipped)],
                              choices.min_workgroups).sum(0)
        dx = dx.reshape(n, h, wd, c).permute(0, 3, 1, 2)
        # ∂L/∂w: each phase's weight gradient (x with the batch as channels, against the
        # phase's gradient), one batched product; each lands on its phase's taps of w
        dw = _batched_product([_im2col_operands(x.transpose(0, 1), gp.transpose(0, 1), pads)
                               for gp, (_, pads) in zip(per_phase, phases)],
                              choices.min_workgroups)                # P × (c·th·tw) × o
        dw = dw.reshape(len(phases), c, th, tw, o).permute(0, 1, 4, 2, 3).flip(3, 4)
        by_first = {first: dw[i] for i, (first, _) in enumerate(phases)}
        rows = [Tensor.stack(*[by_first[(fh, fw)] for fw in range(sw)], dim=-1)
                for fh in range(sh)]                               # in×out×th×tw×sw each
        dw = Tensor.stack(*rows, dim=3).reshape(c, o, th * sh, tw * sw)
        return dx.uop, dw.uop

    return function(forward, grad_fxn=backward)


def conv_transpose2d_phases(x: Tensor, w: Tensor, stride: int | Sequence[int] = 2,
                            padding: int | Sequence[int] = 0,
                            choices: Choices = CPU) -> Tensor:
    """`conv_transpose2d_subpixel` with the phases batched: each pass (the output, and both
    gradients) one product over every phase at once (P×M×K by P×K×N) rather than one
    launch per phase, for a stride that divides the kernel (4×4 stride 2: four phases of
    2×2 taps each).  Elsewhere it is `conv_transpose2d_subpixel`."""
    stride, padding = _pair(stride), _pair(padding)
    if _phase_plan(x.shape, w.shape, stride, padding) is None:
        return conv_transpose2d_subpixel(x, w, stride, padding, choices)
    return _phases_function(stride, padding, choices)(x, w)


def _phase(r: int, s: int, p: int, k: int, size: int, out: int):
    """For output phase r (rows s·a + r) of a stride-s transposed convolution along one axis:
    the first kernel tap (taps first, first + s, ...), the number of taps, the (before,
    after) padding of the equivalent stride-1 correlation, and the number of outputs."""
    q = r + p
    first, taps = q % s, -(-(k - q % s) // s)
    count = -(-(out - r) // s)
    before = taps - 1 - q // s
    after = count - size - before + taps - 1
    return first, taps, (before, after), count


def conv_transpose2d(x: Tensor, w: Tensor, stride: int | Sequence[int] = 1,
                     padding: int | Sequence[int] = 0, choices: Choices = CPU) -> Tensor:
    """Transposed convolution with a ConvTranspose weight (in×out×kh×kw), as
    `Tensor.conv_transpose2d` without bias: `conv_transpose2d_stride1` for stride 1,
    `conv_transpose2d_phases` for larger strides that divide the kernel (with `choices`
    that batch the phases: GPUs), `conv_transpose2d_subpixel` where every phase has a tap,
    else tinygrad's own."""
    sh, sw = _pair(stride)
    kh, kw = w.shape[2:]
    if (sh, sw) == (1, 1):
        return conv_transpose2d_stride1(x, w, padding, choices)
    if choices.batched_phases and IM2COL.value and kh % sh == 0 and kw % sw == 0:
        return conv_transpose2d_phases(x, w, (sh, sw), padding, choices)
    if kh >= sh and kw >= sw:
        return conv_transpose2d_subpixel(x, w, (sh, sw), padding, choices)
    return x.conv_transpose2d(w, stride=(sh, sw), padding=_pair(padding))


# ---------------------------------------------------------------------------------------
# Dense: a matmul whose input is read from memory, not recomputed.
# ---------------------------------------------------------------------------------------

def _linear_forward(x: Tensor, w: Tensor) -> Tensor:
    return x.contiguous() @ w.transpose()


def _linear_backward(grad, call) -> tuple:
    x, w, g = Tensor(call.src[1]).contiguous(), Tensor(call.src[2]), Tensor(grad).contiguous()
    return ((g @ w).uop, (g.transpose() @ x).uop)


_linear_function = function(_linear_forward, grad_fxn=_linear_backward)


def linear(x: Tensor, w: Tensor) -> Tensor:
    """x·wᵀ for a Dense weight out×in, with the input made contiguous inside the forward and
    backward passes.

    Replaces `Tensor.linear` for the generator's first layer: its input is the lazy
    `Tensor.randn` noise, which tinygrad otherwise regenerates inside the matmul for every
    one of the 12,544 output features, and again in the weight gradient (a third of the
    step before this; benchmarks/PERF.md).  Inside a function, not a plain `.contiguous()`
    before the matmul, so that no intermediate is realised into the graph (see `conv2d_stride1`).
    """
    return _linear_function(x, w)
