"""Each faster formulation in tinygan.fast.formulations against the formulation it replaces
(tinygrad's own conv2d / conv_transpose2d) and the independent NumPy reference: values, and
gradients with respect to the input and the weight, on every test backend."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from tinygrad import Tensor
from tinygrad.helpers import DEV, Context

import numpy_reference as ref
from conftest import BACKENDS, first_backend_only, name_seeded_rng
from tinygan.fast import formulations as F
from tinygan.fast import tuned_kernels
from tinygan.backend import resolve_device
from tinygan.fast.tuned_kernels import kernel_options, kernel_target

RTOL = 1e-4                     # as tests/test_core.py
rng = np.random.default_rng(1)


@pytest.fixture(autouse=True)
def _rng_of_this_test(request):
    """Each test draws from its own generator, seeded from its name (conftest)."""
    global rng
    rng = name_seeded_rng(request)
FIRST_BACKEND = resolve_device(BACKENDS[0])       # the tinygrad device `backend` sets


def rel_err(actual, expected) -> float:
    actual, expected = np.asarray(actual, np.float64), np.asarray(expected, np.float64)
    return float(np.abs(actual - expected).max() / max(np.abs(expected).max(), 1e-12))


def assert_close(actual, expected, what):
    assert np.asarray(actual).shape == np.asarray(expected).shape, \
        f"{what}: shape {np.asarray(actual).shape} != {np.asarray(expected).shape}"
    assert rel_err(actual, expected) <= RTOL, f"{what}: relative error {rel_err(actual, expected):.2e}"


def randn(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def value_and_grads(fn, x_np, w_np, g_np):
    """fn(x, w) and the gradients of sum(fn(x, w)·g) with respect to x and w."""
    x, w = Tensor(x_np), Tensor(w_np)
    y = fn(x, w)
    dx, dw = (y * Tensor(g_np)).sum().gradient(x, w)
    return y.numpy(), dx.numpy(), dw.numpy()


def check(formulation, tinygrad_form, numpy_forward, numpy_backward, x, w, stride, pad):
    """formulation == NumPy, for the value and both gradients; on the first backend
    == tinygrad's own too.  (On the others tinygrad's own would check tinygrad's rendering
    of its own kernels, not tinygan's, at the cost of compiling them all: about half of
    each test's time on OpenCL.)"""
    want = numpy_forward(x, w, None, stride, pad)
    g = randn(*want.shape)
    want_dx, want_dw, _ = numpy_backward(x, w, stride, pad, g)
    got = value_and_grads(formulation, x, w, g)
    base = value_and_grads(tinygrad_form, x, w, g) if DEV.value == FIRST_BACKEND \
        else (None, None, None)
    for name, mine, theirs, numpy_value in zip(("value", "d/dx", "d/dw"), got, base,
                                               (want, want_dx, want_dw)):
        assert_close(mine, numpy_value, f"{name} vs NumPy")
        if theirs is not None:
            assert_close(mine, theirs, f"{name} vs tinygrad's own")


@pytest.fixture(params=["im2col", "tuned", "direct"])
def correlation(request, monkeypatch):
    """Every way `tinygan.fast.formulations` computes a stride-1 correlation: im2col + matmul with
    tinygrad's heuristic kernels (the default for untuned shapes), im2col + matmul with
    kernel options chosen ahead of time (`tinygan.fast.tuned_kernels`: here, a plan made up for
    every shape, so that small test shapes take that path), and tinygrad's own conv2d kernel
    (TINYGAN_IM2COL=0)."""
    plans = []

    def lookup(m, k, n, device):
        plans.append(made_up_plan(m, k, n, device))
        return plans[-1]
    if request.param == "tuned":
        monkeypatch.setattr(tuned_kernels, "lookup", lookup)
    with Context(TINYGAN_IM2COL=int(request.param != "direct")):
        yield request.param


def made_up_plan(m: int, k: int, n: int, device: str) -> tuned_kernels.MatmulPlan:
    """A valid plan for any shape: 4 (or 2) outputs along N and along M per iteration, the sum
    unrolled by 2, split over the CPU's cores where it divides; alternately in each
    layout, so that both are exercised."""
    backend_name, _, threads, *_ = kernel_target(device)

    def largest(size, amounts):
        return next((a for a in amounts if size % a == 0), 1)
    n_up, m_up = largest(n, (4, 2)), largest(m, (4, 2))
    specs = [["UPCAST", 1, n_up]] * (n_up > 1) + [["UPCAST", 0, m_up]] * (m_up > 1)
    specs += [["UNROLL", 0, 2]] * (k % 2 == 0)
    if backend_name == "CPU" and threads > 1 and (m // m_up) % threads == 0:
        specs.append(["THREAD", 0, threads])
    return tuned_kernels.MatmulPlan(next(_layouts), kernel_options(specs))


_layouts = itertools.cycle(tuned_kernels.LAYOUTS)

# Which correlation on which backend: every form on the first backend (the CPU), the default
# form (im2col, heuristic kernels) on the others.  The three forms are tinygan's own choices
# of what to build; a backend renders whatever is built, and its rendering is checked here
# on the default form, and on the tuned plans it ships in tests/test_tuned_kernels.py.
# The fast subset (-m "not slow") keeps the default form on the first backend.
_PAIRS = [(BACKENDS[0], form) for form in ("im2col", "tuned", "direct")] + [
    (name, "im2col") for name in BACKENDS[1:]]


def on_every_form(cases: list[tuple], tutorials: int):
    """Parametrise a test over (backend, correlation) and `cases`: every case in every form
    on the first backend; on the others the first `tutorials` cases (tutorial layers).
    Why the rest stay on the first: conftest.first_backend_only.
    """
    params = [pytest.param(*pair, *case, marks=[pytest.mark.slow] * (pair != _PAIRS[0]),
                           id=f"{pair[0]}-{pair[1]}-case{index}")
              for pair in _PAIRS for index, case in enumerate(cases)
              if pair[0] == BACKENDS[0] or index < tutorials]
    return pytest.mark.parametrize("backend,correlation,shape,out_channels,kernel,stride,pad",
                                   params, indirect=["backend", "correlation"])


# --- convolutions (Conv weight out×in×kh×kw) -------------------------------------------

CONV_CASES = [   # input N×C×H×W, out channels, kernel, stride, pad
    ((2, 1, 28, 28), 4, 4, 2, 1),          # the discriminator's first conv, fewer channels
    ((2, 6, 14, 14), 8, 4, 2, 1),          # its second
    ((1, 3, 9, 7), 2, 3, 2, 0),            # odd sizes, batch 1, k not a multiple of s
    ((1, 2, 10, 7), 3, 5, 2, 1),           # odd kernel, crop at the far edge
    ((1, 2, 11, 8), 2, 4, 3, 2),           # stride 3
    ((2, 5, 7, 7), 3, 5, 1, 2),            # stride 1 (more cases in test_conv2d_stride1)
]


def _tinygrad_conv(stride, pad):
    return lambda x, w: x.conv2d(w, stride=stride, padding=pad)


# On the other backends the first case only: the second is the same stride-2 4×4 form with
# more channels (the same graph of tinygan's at other sizes; both layers run on OpenCL in the
# training step, tests/test_models.py and, against PyTorch, tests/test_parity.py).
@on_every_form(CONV_CASES, tutorials=1)
def test_conv2d_dispatch(backend, correlation, shape, out_channels, kernel, stride, pad):
    x, w = randn(*shape), randn(out_channels, shape[1], kernel, kernel)
    check(lambda x, w: F.conv2d(x, w, stride, pad), _tinygrad_conv(stride, pad),
          ref.conv2d, ref.conv2d_backward, x, w, stride, pad)


@first_backend_only
@pytest.mark.parametrize("shape,out_channels,kernel,stride,pad", [((1, 3, 9, 7), 2, 3, 2, 0)])
def test_conv2d_space_to_depth(backend, shape, out_channels, kernel, stride, pad):
    x, w = randn(*shape), randn(out_channels, shape[1], kernel, kernel)
    check(lambda x, w: F.conv2d_space_to_depth(x, w, stride, pad), _tinygrad_conv(stride, pad),
          ref.conv2d, ref.conv2d_backward, x, w, stride, pad)


@first_backend_only
@pytest.mark.parametrize("shape,out_channels,kernel,pad", [((1, 3, 9, 7), 2, 3, 0)])
def test_conv2d_stride1(backend, shape, out_channels, kernel, pad):
    x, w = randn(*shape), randn(out_channels, shape[1], kernel, kernel)
    check(lambda x, w: F.conv2d_stride1(x, w, pad), _tinygrad_conv(1, pad),
          ref.conv2d, ref.conv2d_backward, x, w, 1, pad)


@first_backend_only
def test_conv2d_stride1_uneven_padding(backend, correlation):
    """Per-side (and negative, cropping) padding, as the sub-pixel phases use it."""
    x, w = randn(1, 2, 6, 5), randn(3, 2, 2, 2)
    pads = ((1, 0), (0, -1))
    xp = np.pad(x, ((0, 0), (0, 0), (1, 0), (0, 0)))[:, :, :, :-1]
    want = ref.conv2d(xp, w, None, 1, 0)
    g = randn(*want.shape)
    want_dxp, want_dw, _ = ref.conv2d_backward(xp, w, 1, 0, g)
    want_dx = np.pad(want_dxp[:, :, 1:, :], ((0, 0), (0, 0), (0, 0), (0, 1)))
    y, dx, dw = value_and_grads(lambda x, w: F.conv2d_stride1(x, w, pads), x, w, g)
    assert_close(y, want, "value")
    assert_close(dx, want_dx, "d/dx")
    assert_close(dw, want_dw, "d/dw")


def test_row_regions_of_the_tutorials_5x5_layer():
    """The bands of output rows that meet the same kernel rows: for the generator's 5×5
    layer on 7×7 images (padding 2) and its weight gradient (a 7×7 kernel, 5×5 output);
    none where padding takes under REGION_SAVING of the work, or there is none."""
    assert F._row_regions(7, 5, (2, 2)) == [((0, 1), (2, 5)), ((1, 2), (1, 5)),
                                            ((2, 5), (0, 5)), ((5, 6), (0, 4)),
                                            ((6, 7), (0, 3))]
    assert F._row_regions(7, 7, (2, 2)) == [((0, 1), (2, 7)), ((1, 2), (1, 7)),
                                            ((2, 3), (0, 7)), ((3, 4), (0, 6)),
                                            ((4, 5), (0, 5))]
    assert F._row_regions(28, 4, (1, 1)) is None          # 2 of 108 row-taps: not worth it
    assert F._row_regions(7, 2, (1, 0)) is None           # a sub-pixel phase: 1 of 14
    assert F._row_regions(7, 5, (0, 0)) is None           # no padding at all
    assert F._row_regions(3, 2, (3, 0)) is None           # a row that meets only padding


def test_gpus_split_the_long_sums_of_heavy_products():
    """The GPU choices split a heavy product's sum until it starts about twice an MI300X's
    304 compute units of workgroups (at 2,048 outputs each), in parts that divide K: the
    tutorial's weight gradients (512 outputs × 128, K = 6,272) in 28 parts, its 5×5
    forward (6,272 × 128, K = 6,400) in 2; a light product, or any on the CPU, not at all."""
    gpu = F.GPU.min_workgroups
    assert gpu == 608 and F.CPU.min_workgroups == 0 and not F.GPU.row_bands
    assert F.sum_parts(512, 6272, 128, gpu) == 28
    assert F.sum_parts(6272, 6400, 128, gpu) == 2
    assert F.sum_parts(512, 6272, 128, F.CPU.min_workgroups) == 1
    assert F.sum_parts(100, 100, 100, gpu) == 1                  # 2 MFLOP: light
    assert F.sum_parts(128, 100, 12544, gpu) == 1                # fills 784 already
    # pix2pix's innermost level (batch 16, 512 channels, K = 4·4·512): 608 workgroups would
    # need parts of 54 (< 64): the most parts of at least 64, 128
    assert F.sum_parts(16, 8192, 512, gpu) == 128
    assert F.sum_parts(64, 2048, 512, gpu) == 32
    for m, k, n in ((512, 6272, 128), (256, 12544, 64), (1024, 4704, 128)):
        parts = F.sum_parts(m, k, n, gpu)
        assert k % parts == 0 and k // parts >= F.MIN_SUM_PART
        assert parts * m * n / F.OUTPUTS_PER_WORKGROUP >= gpu


@first_backend_only
def test_a_split_sum_is_the_whole_product(backend):
    """The split product (the parts side by side in one kernel, then added) is a @ bᵀ, and
    a light product on the GPU choices is not split."""
    a, b = randn(16, 96), randn(8, 96)
    split = F._split_sum_product(Tensor(a), Tensor(b), 4).numpy()
    assert_close(split, a.astype(np.float64) @ b.astype(np.float64).T, "split sum")
    assert F.sum_parts(16, 96, 8, F.GPU.min_workgroups) == 1


@first_backend_only
@pytest.mark.parametrize("shape,kernel,pads", [((2, 3, 7, 7), 5, ((2, 2), (2, 2))),
                                               ((1, 2, 6, 5), 5, ((3, 1), (2, 0)))])
def test_row_bands_compute_the_whole_correlation(backend, shape, kernel, pads):
    """Split into bands of rows (the default where it pays) or whole (TINYGAN_CONV_REGIONS=0):
    the same value and gradients, from more kernels.  (On the other backends the bands, the
    default, are checked against NumPy in the tutorial's 5×5 layer: test_conv_transpose2d_
    dispatch, case 0.)"""
    from tinygrad import GlobalCounters

    x, w = randn(*shape), randn(4, shape[1], kernel, kernel)
    assert F._row_regions(shape[2], kernel, pads[0]) is not None
    (top, bottom), (left, right) = pads
    g = randn(shape[0], 4, shape[2] + top + bottom - kernel + 1,
              shape[3] + left + right - kernel + 1)
    results, counts = {}, {}
    for setting in (1, 0):
        with Context(TINYGAN_CONV_REGIONS=setting):
            GlobalCounters.reset()
            results[setting] = value_and_grads(lambda x, w: F.conv2d_stride1(x, w, pads),
                                               x, w, g)
            counts[setting] = GlobalCounters.kernel_count
    for name, split, whole in zip(("value", "d/dx", "d/dw"), results[1], results[0]):
        assert_close(split, whole, f"{name}, bands vs whole")
    assert counts[1] > counts[0], counts


@first_backend_only
def test_bands_use_the_whole_correlations_tuned_plan(backend, monkeypatch):
    """The tuned table holds the whole correlation's shape; every band's matmul is built with
    that plan where its options divide every band's shape, and none is otherwise."""
    x, w = Tensor(randn(8, 2, 7, 7)).realize(), Tensor(randn(8, 2, 5, 5)).realize()
    whole = (8 * 7 * 7, 5 * 5 * 2, 8)
    built = []
    original = tuned_kernels.MatmulPlan.product
    monkeypatch.setattr(tuned_kernels.MatmulPlan, "product",
                        lambda self, a, laid: built.append(a.shape) or original(self, a, laid))
    with Context(TINYGAN_CONV_REGIONS=0):
        want = F.conv2d_stride1(x, w, 2).numpy()
    for layout in tuned_kernels.LAYOUTS:
        fitting = tuned_kernels.MatmulPlan(layout, kernel_options(    # bands: M = 8·7·rows
            [["UPCAST", 1, 4], ["UPCAST", 0, 4], ["UNROLL", 0, 2]]))
        monkeypatch.setattr(tuned_kernels, "lookup",
                            lambda m, k, n, device: fitting if (m, k, n) == whole else None)
        built.clear()
        assert_close(F.conv2d_stride1(x, w, 2).numpy(), want, f"bands ({layout}) vs whole")
        assert sorted(built) == sorted([(56, 30), (56, 40), (168, 50), (56, 40), (56, 30)])
    # The sum unrolled by 25: it divides the whole's K (50), not the border bands' (30, 40).
    too_coarse = tuned_kernels.MatmulPlan("KN", kernel_options([["UNROLL", 0, 25]]))
    assert too_coarse.fits(*whole) and not too_coarse.fits(56, 30, 8)
    monkeypatch.setattr(tuned_kernels, "lookup",
                        lambda m, k, n, device: too_coarse if (m, k, n) == whole else None)
    built.clear()
    assert_close(F.conv2d_stride1(x, w, 2).numpy(), want, "bands, heuristic kernels")
    assert built == []


# --- transposed convolutions (ConvTranspose weight in×out×kh×kw) ------------------------

CONV_TRANSPOSE_CASES = [   # input N×C×H×W, out channels, kernel, stride, pad
    ((2, 8, 7, 7), 4, 5, 1, 2),            # the generator's 5×5 stride-1 layer, fewer channels
    ((2, 4, 7, 7), 3, 4, 2, 1),            # 7 → 14
    ((2, 3, 14, 14), 1, 4, 2, 1),          # 14 → 28, one output channel
    ((1, 2, 5, 3), 3, 3, 2, 0),            # odd sizes, batch 1, phases of unequal size
    ((1, 2, 6, 5), 3, 5, 2, 2),            # odd kernel, padding larger than a phase's reach
    ((1, 2, 5, 4), 3, 5, 3, 1),            # stride 3
]


def _tinygrad_conv_transpose(stride, pad):
    return lambda x, w: x.conv_transpose2d(w, stride=stride, padding=pad)


# On the other backends the first two: the 5×5 stride-1 layer (bands of rows) and a 4×4
# stride-2 one (phases); the third is the second's form again at other sizes.
@on_every_form(CONV_TRANSPOSE_CASES, tutorials=2)
def test_conv_transpose2d_dispatch(backend, correlation, shape, out_channels, kernel, stride, pad):
    x, w = randn(*shape), randn(shape[1], out_channels, kernel, kernel)
    check(lambda x, w: F.conv_transpose2d(x, w, stride, pad),
          _tinygrad_conv_transpose(stride, pad),
          ref.conv_transpose2d, ref.conv_transpose2d_backward, x, w, stride, pad)


@first_backend_only
def test_a_kernel_smaller_than_the_stride_is_tinygrads_own(backend):
    """No correlation is built there (a phase without taps): the very graph of tinygrad's
    conv_transpose2d, with NumPy's values and gradients."""
    shape, out_channels, kernel, stride, pad = (1, 3, 4, 6), 2, 2, 3, 0
    x, w = randn(*shape), randn(shape[1], out_channels, kernel, kernel)
    xt, wt = Tensor(x), Tensor(w)
    assert F.conv_transpose2d(xt, wt, stride, pad).uop is \
        xt.conv_transpose2d(wt, stride=stride, padding=pad).uop
    want = ref.conv_transpose2d(x, w, None, stride, pad)
    g = randn(*want.shape)
    got = value_and_grads(lambda x, w: F.conv_transpose2d(x, w, stride, pad), x, w, g)
    for name, mine, theirs in zip(("value", "d/dx", "d/dw"), got,
                                  (want, *ref.conv_transpose2d_backward(x, w, stride, pad, g)[:2])):
        assert_close(mine, theirs, f"{name} vs NumPy")


@first_backend_only
@pytest.mark.parametrize("shape,out_channels,kernel,stride,pad", [((1, 2, 5, 3), 3, 3, 2, 0)])
def test_conv_transpose2d_subpixel(backend, shape, out_channels, kernel, stride, pad):
    x, w = randn(*shape), randn(shape[1], out_channels, kernel, kernel)
    check(lambda x, w: F.conv_transpose2d_subpixel(x, w, stride, pad),
          _tinygrad_conv_transpose(stride, pad),
          ref.conv_transpose2d, ref.conv_transpose2d_backward, x, w, stride, pad)


@first_backend_only
@pytest.mark.parametrize("shape,out_channels,kernel,pad", [((1, 2, 5, 3), 3, 3, 0)])
def test_conv_transpose2d_stride1(backend, shape, out_channels, kernel, pad):
    x, w = randn(*shape), randn(shape[1], out_channels, kernel, kernel)
    check(lambda x, w: F.conv_transpose2d_stride1(x, w, pad), _tinygrad_conv_transpose(1, pad),
          ref.conv_transpose2d, ref.conv_transpose2d_backward, x, w, 1, pad)


@first_backend_only
@pytest.mark.parametrize("shape,out_channels,kernel,stride,pad", [
    ((2, 6, 7, 7), 4, 4, 2, 1),              # the tutorial's stride-2 layers, fewer channels
    ((1, 3, 5, 6), 2, 4, 2, 1),              # odd, unequal sides
    ((1, 2, 3, 3), 2, 4, 2, 0),              # no padding: the output is not cropped
])
def test_conv_transpose2d_phases(backend, shape, out_channels, kernel, stride, pad):
    """The GPU's form: every phase in one batched product per pass (value and both
    gradients against NumPy and tinygrad's own), one launch where the subpixel form has
    one per phase."""
    from tinygrad import GlobalCounters
    assert F._phase_plan(shape, (shape[1], out_channels, kernel, kernel), (stride, stride),
                         (pad, pad)) is not None
    x, w = randn(*shape), randn(shape[1], out_channels, kernel, kernel)
    check(lambda x, w: F.conv_transpose2d(x, w, stride, pad, choices=F.GPU),
          _tinygrad_conv_transpose(stride, pad),
          ref.conv_transpose2d, ref.conv_transpose2d_backward, x, w, stride, pad)
    counts = {}
    for name, form in (("phases", F.conv_transpose2d_phases),
                       ("subpixel", F.conv_transpose2d_subpixel)):
        GlobalCounters.reset()
        form(Tensor(x), Tensor(w), stride, pad, choices=F.GPU).realize()
        counts[name] = GlobalCounters.kernel_count
    assert counts["phases"] < counts["subpixel"], counts


def test_phases_batch_only_where_every_phase_is_alike():
    """A stride that does not divide the kernel gives phases of different taps: no batch
    (the subpixel form then); one that does, batched."""
    assert F._phase_plan((1, 2, 4, 4), (2, 2, 3, 3), (2, 2), (0, 0)) is None
    assert F._phase_plan((1, 2, 4, 4), (2, 2, 4, 4), (2, 2), (1, 1)) is not None


def test_subpixel_phases_of_the_tutorial():
    """4×4 stride 2 pad 1 on 7 → 14: even rows use kernel rows 1, 3 and odd rows 0, 2."""
    assert F._phase(0, 2, 1, 4, 7, 14) == (1, 2, (1, 0), 7)
    assert F._phase(1, 2, 1, 4, 7, 14) == (0, 2, (0, 1), 7)


# --- Dense (weight out×in) -------------------------------------------------------------

@pytest.mark.parametrize("batch", [1, 5])
def test_linear(backend, batch):
    x, w = randn(batch, 7), randn(3, 7)
    g = randn(batch, 3)
    want_dx, want_dw, _ = ref.dense_backward(x, w, g)
    got = value_and_grads(F.linear, x, w, g)
    base = value_and_grads(lambda x, w: x.linear(w.transpose()), x, w, g)
    for name, mine, theirs, numpy_value in zip(("value", "d/dx", "d/dw"), got, base,
                                               (ref.dense(x, w, None), want_dx, want_dw)):
        assert_close(mine, numpy_value, f"{name} vs NumPy")
        assert_close(mine, theirs, f"{name} vs tinygrad's own")


@first_backend_only
def test_linear_of_lazy_noise_is_differentiable_after_a_realise(backend):
    """Realising a forward pass must not cut the graph a later gradient needs (the two
    separate training steps rely on it)."""
    w1, w2 = Tensor(randn(4, 3)), Tensor(randn(2, 4))
    noise = Tensor.randn(5, 3)
    y = F.linear(F.linear(noise, w1).relu(), w2)
    y.detach().sum().realize()
    assert np.abs(y.sum().gradient(w1)[0].numpy()).sum() > 0


@first_backend_only
def test_convolutions_are_differentiable_after_a_realise(backend):
    """As above, through a transposed convolution then a strided one (generator into
    discriminator): every weight still gets a gradient after the forward was realised."""
    x = Tensor(randn(2, 3, 5, 5))
    w1, w2 = Tensor(randn(3, 4, 4, 4)), Tensor(randn(2, 4, 4, 4))
    y = F.conv2d(F.conv_transpose2d(x, w1, 2, 1).relu(), w2, 2, 1)
    y.detach().sum().realize()
    for grad in y.sum().gradient(w1, w2):
        assert np.abs(grad.numpy()).sum() > 0


def test_the_direct_kernel_setting_really_switches_formulation(backend):
    """TINYGAN_IM2COL changes the kernels, not the result: im2col adds a realised window copy
    and a matmul (more kernels) where tinygrad's conv2d is a single reduction."""
    from tinygrad import GlobalCounters

    x, w = Tensor(randn(2, 3, 6, 6)).realize(), Tensor(randn(4, 3, 3, 3)).realize()
    counts, values = {}, {}
    for setting in (0, 1):
        with Context(TINYGAN_IM2COL=setting):
            GlobalCounters.reset()
            values[setting] = F.conv2d_stride1(x, w, 1).numpy()
            counts[setting] = GlobalCounters.kernel_count
    assert counts[1] > counts[0], counts
    assert_close(values[1], values[0], "im2col vs tinygrad's conv2d")


def test_tuned_options_really_reach_the_kernels(backend, monkeypatch):
    """A plan with an option tinygrad must refuse (an upcast by 3 of an axis of 4) makes the
    kernel fail to build, in the forward pass and in a gradient alone: the options are
    applied, not dropped as they are outside a traced function (tinygan.backend)."""
    from tinygrad.codegen.opt import KernelOptError

    x, w = Tensor(randn(2, 3, 6, 6)).realize(), Tensor(randn(4, 3, 3, 3)).realize()
    for layout in tuned_kernels.LAYOUTS:
        refused = tuned_kernels.MatmulPlan(layout, kernel_options([["UPCAST", 1, 3]]))
        monkeypatch.setattr(tuned_kernels, "lookup", lambda m, k, n, device: refused)
        with pytest.raises(KernelOptError):
            F.conv2d_stride1(x, w, 1).numpy()
        # Only the weight gradient's matmul (M = 3·3·3, K = 2·6·6, N = 4) gets the plan:
        monkeypatch.setattr(tuned_kernels, "lookup",
                            lambda m, k, n, device: refused if (m, k, n) == (27, 72, 4) else None)
        y = F.conv2d_stride1(x, w, 1)
        y.numpy()
        with pytest.raises(KernelOptError):
            y.sum().gradient(w)[0].numpy()
