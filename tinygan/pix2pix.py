"""pix2pix (Isola, Zhu, Zhou and Efros, 2017, "Image-to-image translation with conditional
adversarial networks"), in the order of its recipe and on tinygan's layers: a U-Net
generator turns an input image into an output image, a PatchGAN discriminator judges
(input, output) pairs patch by patch, and the generator's loss adds λ·L1 to the
conditional GAN loss.  `Pix2PixParams()`, `tinygan pix2pix`: edge maps → Fashion-MNIST
(`tinygan.pairs`: edges2fashion, the small cousin of the paper's edges2shoes).

Read it beside `tinygan.tutorial`, as `tinygan.conditional` is read: the sections are the
tutorial's, and so are the loop, the sample grid (here input | output | target triples on
fixed held-out inputs), the GIF and the callbacks a long run adds (`tinygan.translation`:
the losses CSV, checkpoints, --resume, the page; and `tinygan translate`).

Where the paper and its PyTorch code (junyanz/pytorch-CycleGAN-and-pix2pix) differ, the
comments say which is followed; where 256×256 images become 32×32 ones, how it scales.

Shapes are N×C×H×W; the comments give them for edges2fashion, 32×32, ngf = ndf = 64.
"""
from __future__ import annotations

import dataclasses
import logging
import math
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Sequence

import numpy as np
from tinygrad import Tensor

from tinygan.backend import (device_description, jit_per_shape, seed_everything, tf32_allowed,
                             training_mode, use_device)
from tinygan.checks import check_pix2pix_params
from tinygan.data import DataLoader
from tinygan.images import image_rows, make_gif, sample_grid_paths, save_png
from tinygan.kernels import kernels_on
from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dropout, buffers, leakyrelu,
                            normal, relu, tanh)
from tinygan.loop import TrainingCallback, TrainingRun, prepare_output
from tinygan.pairs import load_pairs
from tinygan.tutorial import discriminator_loss as gan_discriminator_loss
from tinygan.tutorial import generator_loss as gan_generator_loss
from tinygan.tutorial import make_optimiser, scheduled_update

log = logging.getLogger("tinygan")


# 1. Hyperparameters ------------------------------------------------------------------------

@dataclass(frozen=True)
class Pix2PixParams:
    """pix2pix's settings (section 3.3 and the appendix, 6.2), named after its code's
    options where it has one (--ngf, --ndf, --n_layers_D, --lambda_L1, --direction), then
    what tinygan adds to run it.  Checked when made (`tinygan.checks`): a bad value is one
    line naming the field."""
    # pix2pix trains with batch 1 (BatchNorm then acts as instance normalisation).  On a
    # 2-core CPU a step's time is mostly its few hundred kernels' fixed cost: a step of 16
    # pairs costs little more than a step of one, so 16 passes over the data many times
    # faster, at some cost to the sharpness the paper sees at 1 (its appendix trains
    # edges2shoes at batch 4).
    batch_size: int = 16
    epochs: int = 5
    verbose_freq: int = 500            # log and save a grid of triples every this many steps
    output_dim: int = 4                # the grid: output_dim rows of output_dim triples
    disc_lr: float = 0.0002            # Adam 0.0002, β1 0.5: the paper's (and DCGAN's)
    gen_lr: float = 0.0002
    adam_beta1: float = 0.5
    l1_weight: float = 100.0           # λ, the paper's
    objective: str = "cgan+l1"         # the generator's loss: the paper's; "l1" (no
                                       # discriminator) or "cgan" (no L1): its ablation
    ngf: int = 64                      # the U-Net's width: its first level's channels
    ndf: int = 64                      # the PatchGAN's width
    disc_layers: int = 2               # the PatchGAN's levels after C64 (PatchDiscriminator)
    image_size: int = 32               # a power of two; edges2fashion's is 32
    dataset: str = "edges2fashion"     # or folder:PATH (tinygan.pairs)
    direction: str = "AtoB"            # AtoB: A (left, or PATH/A) is the input; BtoA swaps
    # --- off by default (the sketch-colouring article's), as the paper trains ---
    label_smoothing: float = 0.0       # real target 1 - this (one-sided; the article's 0.1)
    disc_every: int = 1                # update the discriminator every this many steps
                                       # (the article's 2: when it dominates)
    # --- running it, as HyperParams ---
    device: str = "gpu"
    kernels: str | None = None
    tf32: bool = False
    seed: int = 0
    data_dir: str | None = None        # where Fashion-MNIST's IDX files are (None: search)
    output_dir: str = "output/pix2pix"
    checkpoint_every: int = 1000
    max_steps: int | None = None

    def __post_init__(self):
        check_pix2pix_params(self)

    def replace(self, **changes) -> "Pix2PixParams":
        return dataclasses.replace(self, **changes)


# 2. Data: pairs of images (tinygan.pairs) --------------------------------------------------

def load_pair_images(params: Pix2PixParams, split: str = "train",
                     cache_dir: str | Path = ".") -> tuple[np.ndarray, np.ndarray]:
    """(inputs, targets) of `split`, each N×C×S×S float32 in [-1, 1]: edges2fashion's
    edge maps and pictures, or a folder's pairs (decoded once into `cache_dir`)."""
    return load_pairs(params.dataset, split, params.image_size, params.data_dir, cache_dir,
                      params.direction)


# 3. Weight initialisation ------------------------------------------------------------------

# N(0, 0.02) for every (transposed) convolution, as DCGAN and pix2pix's code (init_type
# "normal"); BatchNorm's γ starts at 1 (the code draws it from N(1, 0.02)), biases at 0.
init = normal(0.02)
lrelu = partial(leakyrelu, a=0.2)


# 4. The generator: a U-Net -----------------------------------------------------------------

def dropout_levels(depth: int) -> int:
    """How many decoder levels, from the innermost, drop (Dropout 0.5): pix2pix's noise
    (section 3.1: "we provide noise only in the form of dropout, applied on several layers
    of our generator").  The paper's 256×256 U-Net drops in the first three of its eight
    decoder levels (CD512-CD1024-CD1024; its code, in the three after the innermost);
    other sizes in the same share: two of five at 32×32."""
    return round(3 * depth / 8)


class UNetGenerator:
    """Input images N×C_in×S×S → output images N×C_out×S×S in (-1, 1); S a power of two.

    An encoder of strided 4×4 convolutions halves the image down to 1×1; a decoder of
    transposed ones doubles it back; each decoder level reads the level below's output
    joined, as channels, with the encoder's output at its size (the skip connections,
    section 3.2.1), so that what the input and output share (here: where the edges are)
    need not squeeze through the 1×1 bottleneck.  The layout of pix2pix's code:

    encoder level i: LeakyReLU(0.2), Conv 4×4 stride 2, BatchNorm; the first reads the
        image itself (no activation, no BatchNorm), the innermost has no BatchNorm (at 1×1
        it would normalise each channel over the batch alone)
    decoder level:   ReLU, ConvTranspose 4×4 stride 2, BatchNorm, Dropout(0.5) in the first
        few (`dropout_levels`); the last maps to C_out with a bias and tanh

    For 32×32, ngf 64 (the paper's C64-C128-C256-C512-C512, down to 1×1):

        encoder  N×1×32×32 → 64×16×16 → 128×8×8 → 256×4×4 → 512×2×2 → 512×1×1
        decoder  512×1×1 → 512×2×2 (+512) → 256×4×4 (+256) → 128×8×8 (+128) → 64×16×16
                 (+64) → 1×32×32          ("+k": the encoder's k channels joined to it)
    """

    def __init__(self, in_channels: int = 1, out_channels: int = 1, image_size: int = 32,
                 ngf: int = 64):
        depth = int(math.log2(image_size))                 # 32: five levels, 32 → 1
        widths = [ngf * min(2 ** i, 8) for i in range(depth)]   # 64, 128, 256, 512, 512
        self.encoder = [Chain(Conv(4, in_channels, widths[0], stride=2, pad=1, init=init,
                                   bias=False))]                        # N×64×16×16
        for i in range(1, depth):
            innermost = i == depth - 1
            self.encoder.append(Chain(
                lrelu,
                Conv(4, widths[i - 1], widths[i], stride=2, pad=1, init=init, bias=False),
                *([] if innermost else [BatchNorm(widths[i])])))        # N×128×8×8, ...
        self.decoder = []
        for level, i in enumerate(range(depth - 1, 0, -1)):            # from the innermost
            joined = widths[i] * (1 if i == depth - 1 else 2)          # its input + the skip
            self.decoder.append(Chain(
                relu,
                ConvTranspose(4, joined, widths[i - 1], stride=2, pad=1, init=init, bias=False),
                BatchNorm(widths[i - 1]),                              # N×512×2×2, ...
                *([Dropout(0.5)] if level < dropout_levels(depth) else [])))
        self.decoder.append(Chain(
            relu,
            ConvTranspose(4, 2 * widths[0], out_channels, stride=2, pad=1, init=init),
            tanh))                                                      # N×1×32×32
        self.in_channels, self.out_channels = in_channels, out_channels

    def __call__(self, x: Tensor) -> Tensor:
        skips = []
        for level in self.encoder:                 # 16×16, 8×8, 4×4, 2×2, 1×1
            x = level(x)
            skips.append(x)
        x = self.decoder[0](skips.pop())           # 1×1 → 2×2
        for level in self.decoder[1:]:             # 2×2 → 4×4 → ... → 32×32
            x = level(skips.pop().cat(x, dim=1))   # the encoder's output at this size, joined
        return x


# 5. The discriminator: a PatchGAN ----------------------------------------------------------

class PatchDiscriminator(Chain):
    """(inputs N×C_in×S×S, images N×C_out×S×S) → logits N×1×P×P: one verdict per patch
    (section 3.2.2), on the input and the real or generated output joined as channels, so
    that it judges whether the output fits this input.  No sigmoid: the losses take logits.

    pix2pix's code (NLayerDiscriminator): C64 (no BatchNorm), then `layers` levels that
    double the channels (up to 8·ndf), each but the last halving the size, then a 4×4
    convolution to one channel; all LeakyReLU(0.2), the middle ones without bias.  With
    three levels on 256×256 images it is the paper's "70×70 PatchGAN": each of its 30×30
    logits sees a 70×70 window.  At 32×32 the default has two levels, C64-C128-C256:

        N×2×32×32 → 64×16×16 → 128×8×8 → 256×7×7 → 1×6×6

    6×6 logits, each seeing a 34×34 window (`patch_size(2)`) reaching into the zero
    padding: overlapping views of most of the picture.  `layers=1` gives 14×14 logits of
    16×16 patches, the paper's "16×16 PatchGAN" (sharper, with tiling artefacts, it found).
    """

    def __init__(self, in_channels: int = 2, ndf: int = 64, layers: int = 2):
        blocks: list = [Conv(4, in_channels, ndf, lrelu, stride=2, pad=1, init=init)]
        width = ndf                                                     # N×64×16×16
        for n in range(1, layers + 1):
            wider = ndf * min(2 ** n, 8)
            blocks += [Conv(4, width, wider, stride=2 if n < layers else 1, pad=1, init=init,
                            bias=False),
                       BatchNorm(wider, lrelu)]                         # 128×8×8, 256×7×7
            width = wider
        blocks.append(Conv(4, width, 1, stride=1, pad=1, init=init))   # N×1×6×6
        super().__init__(*blocks)

    def __call__(self, inputs: Tensor, images: Tensor) -> Tensor:
        return super().__call__(inputs.cat(images, dim=1))


def patch_size(layers: int) -> int:
    """The side of the window each logit of a `layers`-level PatchGAN sees: back from one
    logit through each 4×4 convolution, r → r + 3 at stride 1, r → 2(r - 1) + 4 at stride
    2 (70 for 3 levels, the paper's name for its discriminator)."""
    r = 1 + 3 + 3                             # the last two convolutions, stride 1
    for _ in range(layers):
        r = 2 * (r - 1) + 4                   # each strided one
    return r


# 6. The losses -----------------------------------------------------------------------------

def discriminator_loss(real_output: Tensor, fake_output: Tensor,
                       real_target: float = 1.0) -> Tensor:
    """The tutorial's discriminator loss on every patch's logit, halved as the paper does
    (section 3.3: "we divide the objective by 2 while optimizing D, which slows down the
    rate at which D learns relative to G")."""
    return 0.5 * gan_discriminator_loss(real_output, fake_output, real_target, 0.0)


def l1_loss(fake_img: Tensor, target: Tensor) -> Tensor:
    """L1(G) = mean |y - G(x)| (equation 3): L1 rather than L2, as it blurs less."""
    return (target - fake_img).abs().mean()


def generator_objective(gan_loss: Tensor | None, l1: Tensor, params: Pix2PixParams) -> Tensor:
    """G* = arg min L_cGAN + λ·L_L1 (equation 4); "l1": λ·L1 alone (no discriminator),
    "cgan": the GAN term alone, the paper's ablations (table 1)."""
    if params.objective == "l1":
        return params.l1_weight * l1
    if params.objective == "cgan":
        return gan_loss
    return gan_loss + params.l1_weight * l1


# 7. The optimisers: the tutorial's `make_optimiser`, with pix2pix's β1 = 0.5 ---------------

# 8. Training -------------------------------------------------------------------------------

def train_discriminator(disc, inputs: Tensor, real_img: Tensor, fake_img: Tensor, opt,
                        real_target: float = 1.0) -> tuple[Tensor, list[Tensor]]:
    """Minimise discriminator_loss(D(x, y), D(x, G(x))) over D's parameters, one Adam step:
    the real pair should score 1 on every patch, the generated one 0.  `fake_img` is
    detached: this step must not push gradients into the generator."""
    loss = discriminator_loss(disc(inputs, real_img), disc(inputs, fake_img.detach()),
                              real_target)
    return loss, scheduled_update(loss, opt)


def train_generator(disc, inputs: Tensor, targets: Tensor, fake_img: Tensor, opt,
                    params: Pix2PixParams) -> tuple[Tensor | None, Tensor, list[Tensor]]:
    """Minimise the generator's objective (`generator_objective`) over G's parameters, one
    Adam step: every patch of (x, G(x)) should pass as real, and G(x) should be near y.
    Returns the GAN term (None without a discriminator), the L1 term and the update."""
    gan_loss = None if disc is None else gan_generator_loss(disc(inputs, fake_img))
    l1 = l1_loss(fake_img, targets)
    return gan_loss, l1, scheduled_update(generator_objective(gan_loss, l1, params), opt)


def train_step(gen, disc, opt_d, opt_g, params: Pix2PixParams, inputs: Tensor,
               targets: Tensor, update_disc: bool = True) -> tuple:
    """One step: `fake_img = G(x)`, the discriminator's update (unless `update_disc` is
    off: `disc_every`; or there is no discriminator), then the generator's, which sees the
    discriminator after its update, as in the tutorial; realised as one schedule.  Returns
    the discriminator's loss (None when not updated), the GAN term and the L1 term."""
    d_loss, d_update = None, []
    with training_mode():                        # BatchNorm on batch statistics, Dropout on
        fake_img = gen(inputs)                   # N×1×32×32
        if disc is not None and update_disc:
            d_loss, d_update = train_discriminator(disc, inputs, targets, fake_img, opt_d,
                                                   1.0 - params.label_smoothing)
        gan_loss, l1, g_update = train_generator(disc, inputs, targets, fake_img, opt_g,
                                                 params)
        # BatchNorm's running statistics move in every forward pass, D's in G's step too
        statistics = buffers(gen) + ([] if disc is None else buffers(disc))
        Tensor.realize(*[t for t in (d_loss, gan_loss) if t is not None], l1, *d_update,
                       *g_update, *statistics)
    return d_loss, gan_loss, l1


def make_train_step(gen, disc, opt_d, opt_g, params: Pix2PixParams, use_jit: bool = True):
    """`train_step` as the loop runs it: `run_step(inputs, targets, step)` updates the
    discriminator on every `disc_every`-th step, under tinygrad's JIT (compiled once per
    batch shape and kind of step), and returns the three losses as floats (None for one
    not computed)."""
    steps = {update: partial(train_step, gen, disc, opt_d, opt_g, params, update_disc=update)
             for update in (True, False)}
    if use_jit:
        steps = {update: jit_per_shape(step) for update, step in steps.items()}

    def run_step(inputs: Tensor, targets: Tensor, step: int) -> tuple:
        update = disc is not None and step % params.disc_every == 0
        losses = steps[update](inputs, targets)
        return tuple(None if loss is None else loss.item() for loss in losses)
    return run_step


def build_pix2pix(params: Pix2PixParams, in_channels: int, out_channels: int):
    """The U-Net, the PatchGAN (None for the "l1" objective) and their optimisers: `gen,
    disc, opt_d, opt_g`."""
    gen = UNetGenerator(in_channels, out_channels, params.image_size, params.ngf)
    disc = None if params.objective == "l1" else \
        PatchDiscriminator(in_channels + out_channels, params.ndf, params.disc_layers)
    opt_d = None if disc is None else make_optimiser(disc, params.disc_lr, params.adam_beta1)
    opt_g = make_optimiser(gen, params.gen_lr, params.adam_beta1)
    return gen, disc, opt_d, opt_g


# 9. The output image -----------------------------------------------------------------------

def in_colour(images: np.ndarray, channels: int) -> np.ndarray:
    """Grayscale images repeated to `channels` (3), so that they tile beside colour ones."""
    return images if images.shape[1] == channels else np.repeat(images, channels, axis=1)


def create_output_image(gen, inputs: Tensor, targets: np.ndarray,
                        output_dim: int) -> np.ndarray:
    """The generator, in test mode (BatchNorm on running statistics, no Dropout; the paper
    keeps both on at test time), on the fixed inputs: output_dim rows of output_dim triples
    input | output | target, an array in [0, 1] (`image_rows`)."""
    outputs = gen(inputs).numpy()            # outside training_mode(): test mode
    channels = max(inputs.shape[1], outputs.shape[1])
    triples = np.stack([in_colour(images, channels)
                        for images in (inputs.numpy(), outputs, targets)], axis=1)
    return image_rows(triples.reshape(-1, *triples.shape[2:]), 3 * output_dim)


def fixed_pairs(inputs: np.ndarray, targets: np.ndarray, output_dim: int):
    """The first output_dim² held-out pairs: the grid's fixed inputs and their targets."""
    n = output_dim ** 2
    if len(inputs) < n:
        raise ValueError(f"the grid needs output_dim² = {n} held-out pairs, there are "
                         f"{len(inputs)}: use a smaller --output-dim")
    return np.asarray(inputs[:n]), np.asarray(targets[:n])


# `train(params)` ---------------------------------------------------------------------------

def loss_line(step: int, d_loss: float | None, gan_loss: float | None, l1: float,
              params: Pix2PixParams) -> str:
    """The log line of a step, the tutorial's words: only the terms this objective has (the
    "l1" objective has no discriminator; with `disc_every` D rests on most steps)."""
    d_part = "" if params.objective == "l1" else \
        f"Discriminator loss = {'(not updated)' if d_loss is None else d_loss}, "
    gan_part = "" if gan_loss is None else f"{gan_loss} (GAN) + "
    return f"Train step {step}, {d_part}Generator loss = {gan_part}{params.l1_weight:g} × {l1:.4f} (L1)"


def train(params: Pix2PixParams, *, pairs: tuple[np.ndarray, np.ndarray] | None = None,
          test_pairs: tuple[np.ndarray, np.ndarray] | None = None, use_jit: bool = True,
          callbacks: Sequence[TrainingCallback] = ()) -> dict:
    """The tutorial's `train` for pix2pix: every `verbose_freq` steps (step 0 included) the
    losses are logged and a grid of triples saved (`dcgan_steps_%06d.png`, every run's
    grid name, so that the GIF, the page and --resume treat it alike), after the last step
    one more, then `output.gif`.  `pairs` (inputs, targets) replaces the dataset's training
    pairs and `test_pairs` its held-out ones (default: the dataset's test split, or the
    first of `pairs` when they are given); `callbacks` add behaviour from above
    (`tinygan.translation.train`).  Returns the tutorial's summary, the L1 term added."""
    out = prepare_output(params.output_dir)
    device = use_device(params.device)
    with kernels_on(params.kernels, device) as kernels, tf32_allowed(params.tf32):
        log.info(f"Training pix2pix ({params.objective}) on {device_description(device)}, "
                 f"{kernels} kernels{', TF32 allowed' if params.tf32 else ''}")
        if pairs is None:
            pairs = load_pair_images(params, "train", out)
            test_pairs = test_pairs or load_pair_images(params, "test", out)
        grid_inputs, grid_targets = fixed_pairs(*(test_pairs or pairs), params.output_dim)
        inputs, targets = pairs
        # each batch: inputs and their targets (carried as the loader's labels), shuffled
        loader = DataLoader(inputs, params.batch_size, params.seed, targets)
        run = TrainingRun(params, out, device, loader, callbacks, kernels)

        seed_everything(params.seed)
        gen, disc, opt_d, opt_g = build_pix2pix(params, inputs.shape[1], targets.shape[1])
        run.start(gen, disc, opt_d, opt_g, None)   # a resumed run moves run.step
        step = make_train_step(gen, disc, opt_d, opt_g, params, use_jit)
        fixed_inputs = Tensor(grid_inputs).realize()

        def save_grid(at_step: int) -> Path:
            return save_png(create_output_image(gen, fixed_inputs, grid_targets,
                                                params.output_dim),
                            out / f"dcgan_steps_{at_step:06d}.png")

        with run:
            for epoch in run.epochs():
                log.info(f"Epoch {epoch}")
                for x, y in run.batches(epoch):
                    d_loss, gan_loss, l1 = step(Tensor(x), Tensor(y), run.step)
                    if run.step % params.verbose_freq == 0:
                        log.info(loss_line(run.step, d_loss, gan_loss, l1, params))
                        save_grid(run.step)
                    run.step_done(d_loss, gan_loss, generator_l1_loss=l1)
        gif = None
        if not run.stop:
            save_grid(run.step)
            gif = make_gif(sample_grid_paths(out), out / "output.gif")
        return {**run.summary(gif), "generator_l1_loss": run.terms.get("generator_l1_loss")}
