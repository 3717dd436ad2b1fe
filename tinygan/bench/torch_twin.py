"""PyTorch, the reference: the same layers with weights copied from tinygan's, and the
standard eager DCGAN step on twins of tinygan's networks.  PyTorch is optional (the `bench`
extra) and imported only in `import_torch`; nothing else in tinygan imports it."""
from __future__ import annotations

import contextlib
import functools
from typing import Callable

from tinygan.bench.flops import (FORWARD, LayerSpec, activation_name, is_leakyrelu,
                                 unet_level_shapes, with_shapes)
from tinygan.layers import BatchNorm, Conv, ConvTranspose, Dense, Dropout, Reshape, relu, tanh
from tinygan.models import image_shape
from tinygan.pix2pix import Pix2PixParams, build_pix2pix
from tinygan.tutorial import HyperParams, build_networks


def import_torch():
    """PyTorch if it is installed (`pip install tinygan[bench]`), else None."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def torch_device_for(backend: str) -> str:
    """The PyTorch device type that runs on the same hardware as a tinygrad backend."""
    base = backend.split(":")[0].upper()
    return {"CUDA": "cuda", "NV": "cuda", "METAL": "mps"}.get(base, "cpu")


def torch_device_available(torch, device: str) -> bool:
    if device == "cuda":
        return torch.cuda.is_available()
    if device == "mps":
        return torch.backends.mps.is_available()
    return True


def torch_synchronize(torch, device: str):
    if device == "cuda":
        torch.cuda.synchronize()
    elif device == "mps":
        torch.mps.synchronize()


def torch_layer(torch, layer, in_shape: tuple[int, ...]):
    """The PyTorch module computing what a tinygan layer computes on input of `in_shape`,
    with the same weights (tinygan stores them as PyTorch does: Dense out×in, Conv
    out×in×k×k, ConvTranspose in×out×k×k)."""
    nn = torch.nn
    if isinstance(layer, Dropout):
        return nn.Dropout(layer.p)
    if is_leakyrelu(layer):
        return nn.LeakyReLU(layer.keywords.get("a", 0.01))
    if layer is relu or layer is tanh:                   # as layers of their own (the U-Net)
        return nn.ReLU() if layer is relu else nn.Tanh()
    if isinstance(layer, Reshape):
        return nn.Unflatten(1, layer.shape)
    if isinstance(layer, Dense):
        out_features, in_features = layer.weight.shape
        module = nn.Linear(in_features, out_features, bias=layer.bias is not None)
    elif isinstance(layer, Conv):
        out_channels, in_channels, k, _ = layer.weight.shape
        module = nn.Conv2d(in_channels, out_channels, k, stride=layer.stride,
                           padding=layer.pad, bias=layer.bias is not None)
    elif isinstance(layer, ConvTranspose):
        in_channels, out_channels, k, _ = layer.weight.shape
        module = nn.ConvTranspose2d(in_channels, out_channels, k, stride=layer.stride,
                                    padding=layer.pad, bias=layer.bias is not None)
    elif isinstance(layer, BatchNorm):
        batchnorm = nn.BatchNorm1d if len(in_shape) == 2 else nn.BatchNorm2d
        module = batchnorm(layer.weight.shape[0], eps=layer.eps, momentum=layer.momentum)
        module.running_mean.copy_(torch.from_numpy(layer.running_mean.numpy()))
        module.running_var.copy_(torch.from_numpy(layer.running_var.numpy()))
    else:
        return nn.Flatten()                      # tinygan.layers.flatten, the only other one
    module.weight = nn.Parameter(torch.from_numpy(layer.weight.numpy().copy()))
    if getattr(layer, "bias", None) is not None:
        module.bias = nn.Parameter(torch.from_numpy(layer.bias.numpy().copy()))
    activation = {"relu": nn.ReLU, "tanh": nn.Tanh,
                  "leakyrelu": lambda: nn.LeakyReLU(layer.activation.keywords.get("a", 0.01))
                  }.get(activation_name(layer))
    return module if activation is None else nn.Sequential(module, activation())


def torch_model(torch, model, in_shape: tuple[int, ...]):
    """A tinygan Chain as a torch.nn.Sequential with the same weights."""
    return torch.nn.Sequential(*(torch_layer(torch, layer, x_shape)
                                 for layer, x_shape, _ in with_shapes(model, in_shape)))


def torch_layer_call(torch, spec: LayerSpec, pass_: str, device: str) -> Callable[[], None]:
    module = torch_layer(torch, spec.layer, spec.in_shape).to(device).train()
    x = torch.randn(*spec.in_shape, device=device)
    if pass_ == FORWARD:
        def call():
            with torch.no_grad():
                module(x)
            torch_synchronize(torch, device)
        return call
    x.requires_grad_(True)
    params, upstream = list(module.parameters()), torch.randn(*spec.out_shape, device=device)

    def call():
        torch.autograd.grad(module(x), [x, *params], grad_outputs=upstream)
        torch_synchronize(torch, device)
    return call


def torch_unet(torch, gen, in_shape: tuple[int, ...]):
    """A tinygan U-Net (`tinygan.pix2pix.UNetGenerator`) as a torch.nn.Module with the same
    weights and the same skip connections."""
    levels = [torch_model(torch, level, x) for level, x in
              unet_level_shapes(gen, in_shape[0], in_shape[1:])]
    depth = len(gen.encoder)

    class UNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = torch.nn.ModuleList(levels[:depth])
            self.decoder = torch.nn.ModuleList(levels[depth:])

        def forward(self, x):
            skips = []
            for level in self.encoder:
                x = level(x)
                skips.append(x)
            x = self.decoder[0](skips.pop())
            for level in self.decoder[1:]:
                x = level(torch.cat([skips.pop(), x], dim=1))
            return x
    return UNet()


def torch_pix2pix_step_call(torch, params: Pix2PixParams, device: str) -> Callable[[], None]:
    """PyTorch's eager pix2pix step on twins of tinygan's U-Net and PatchGAN (as pix2pix's
    own code steps: D on (input, target) and (input, output.detach()) pairs, its loss
    halved; then G on the GAN term plus λ·L1), on 1-channel pairs."""
    shape = (params.batch_size, 1, params.image_size, params.image_size)
    gen, disc, _, _ = build_pix2pix(params, 1, 1)
    gen = torch_unet(torch, gen, shape).to(device).train()
    disc = torch_model(torch, disc, (shape[0], 2, *shape[2:])).to(device).train()
    adam = functools.partial(torch.optim.Adam, betas=(params.adam_beta1, 0.999), eps=1e-8)
    opt_d, opt_g = adam(disc.parameters(), lr=params.disc_lr), \
        adam(gen.parameters(), lr=params.gen_lr)
    inputs, targets = (torch.rand(*shape, device=device) * 2 - 1 for _ in range(2))
    lbce = torch.nn.functional.binary_cross_entropy_with_logits

    def call():
        fake = gen(inputs)
        real_out = disc(torch.cat([inputs, targets], dim=1))
        fake_out = disc(torch.cat([inputs, fake.detach()], dim=1))
        d_loss = 0.5 * (lbce(real_out, torch.ones_like(real_out))
                        + lbce(fake_out, torch.zeros_like(fake_out)))
        opt_d.zero_grad()
        d_loss.backward()
        opt_d.step()
        fake_out = disc(torch.cat([inputs, fake], dim=1))
        g_loss = lbce(fake_out, torch.ones_like(fake_out)) \
            + params.l1_weight * (fake - targets).abs().mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        d_loss.item(), g_loss.item()                                  # .item() waits
    return call


def torch_step_call(torch, hparams: HyperParams, device: str) -> Callable[[], None]:
    """PyTorch's standard eager DCGAN step on the same networks: noise drawn, the fake batch
    generated once and detached for the discriminator's update, Adam(2e-4, β (0.9, 0.999),
    ε 1e-8).  As in PyTorch's own DCGAN example, the generator's backward pass also fills
    the discriminator's gradients, which the next step zeroes (tinygan computes only the
    gradients it needs).  pix2pix's record: `torch_pix2pix_step_call`."""
    if isinstance(hparams, Pix2PixParams):
        return torch_pix2pix_step_call(torch, hparams, device)
    batch, latent = hparams.batch_size, hparams.latent_dim
    gen, disc, opt_d, opt_g = torch_gan(torch, hparams, device)
    real = torch.rand(batch, *image_shape(hparams.model), device=device) * 2 - 1

    def call():
        torch_train_step(torch, gen, disc, opt_d, opt_g, real,
                         torch.randn(batch, latent, device=device))   # .item() waits
    return call


def torch_gan(torch, hparams: HyperParams, device: str = "cpu", gen=None, disc=None):
    """The PyTorch twin of `tinygan.tutorial.build_gan`: both networks built from tinygan
    ones (`gen` and `disc` when both are given, else freshly initialised ones: the same init
    distributions, and the same weights under the same seed), in training mode on `device`,
    and Adam(lr, β (adam_beta1, 0.999), ε 1e-8) for each, as `make_optimiser` builds them:
    `gen, disc, opt_d, opt_g`."""
    batch, latent = hparams.batch_size, hparams.latent_dim
    if gen is None or disc is None:
        gen, disc = build_networks(hparams)
    gen = torch_model(torch, gen, (batch, latent)).to(device).train()
    disc = torch_model(torch, disc, (batch, *image_shape(hparams.model))).to(device).train()
    adam = functools.partial(torch.optim.Adam, betas=(hparams.adam_beta1, 0.999), eps=1e-8)
    return gen, disc, adam(disc.parameters(), lr=hparams.disc_lr), \
        adam(gen.parameters(), lr=hparams.gen_lr)


def torch_train_step(torch, gen, disc, opt_d, opt_g, real, noise) -> tuple[float, float]:
    """One eager PyTorch step of the tutorial's loop; returns both losses as floats."""
    lbce = torch.nn.functional.binary_cross_entropy_with_logits
    fake = gen(noise)
    real_out, fake_out = disc(real), disc(fake.detach())
    d_loss = lbce(real_out, torch.ones_like(real_out)) + lbce(fake_out, torch.zeros_like(fake_out))
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()
    fake_out = disc(fake)
    g_loss = lbce(fake_out, torch.ones_like(fake_out))
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    return d_loss.item(), g_loss.item()


def pytorch_plan(use_torch: bool, backends: list[str]):
    """PyTorch (or None), the PyTorch device type for each backend it can be compared on,
    and a note saying why some or all comparisons are missing (None if none are)."""
    torch = import_torch() if use_torch else None
    if not use_torch:
        return None, {}, "not compared (--no-torch)"
    if torch is None:
        return None, {}, "not installed, no comparison (pip install 'tinygan[bench]')"
    devices, missing = {}, []
    for backend in backends:
        device = torch_device_for(backend)
        if torch_device_available(torch, device):
            devices[backend] = device
        else:
            missing.append(f"{backend} (this PyTorch has no {device} device)")
    return torch, devices, f"no comparison for {', '.join(missing)}" if missing else None


def pytorch_tf32(torch) -> dict | None:
    """Whether PyTorch lets float32 convolutions and matrix products use TF32 tensor cores on
    NVIDIA GPUs (convolutions do by default, matrix products do not); None without PyTorch."""
    if torch is None:
        return None
    return {"convolutions": bool(torch.backends.cudnn.allow_tf32),
            "matmul": bool(torch.backends.cuda.matmul.allow_tf32)}


@contextlib.contextmanager
def pytorch_threads(torch, threads: int):
    """Run PyTorch with `threads` CPU threads (0: its default); yields the number used."""
    if torch is None:
        yield None
        return
    default = torch.get_num_threads()
    torch.set_num_threads(threads or default)
    try:
        yield threads or default
    finally:
        torch.set_num_threads(default)
