"""Section 6 of the tutorial: the losses, on logits.

The discriminator outputs logits (no sigmoid layer), and the losses use the numerically
stable `logitbinarycrossentropy`, never `log(sigmoid(x))`, which overflows to -inf for
large negative logits.
"""
from __future__ import annotations

from tinygrad import Tensor


def logitbinarycrossentropy(logits: Tensor, y: Tensor | float) -> Tensor:
    """Flux's `logitbinarycrossentropy(ŷ, y)` = mean((1 - y)·ŷ - logσ(ŷ)).

    tinygrad's `binary_crossentropy_logits` computes -(y·logσ(ŷ) + (1 - y)·logσ(-ŷ)), which
    is the same quantity (logσ(-ŷ) = logσ(ŷ) - ŷ), with logσ through a stable softplus.
    """
    target = y if isinstance(y, Tensor) else logits.full_like(float(y))
    return logits.binary_crossentropy_logits(target)


def discriminator_loss(real_output: Tensor, fake_output: Tensor,
                       real_target: Tensor | float = 1.0, fake_target: Tensor | float = 0.0) -> Tensor:
    """Real images should score 1, generated ones 0; each term is a mean over its batch.

    The targets are the tutorial's 1 and 0 unless a GAN trick changes them (see
    `tinygan.training.discriminator_targets`)."""
    return (logitbinarycrossentropy(real_output, real_target)
            + logitbinarycrossentropy(fake_output, fake_target))


def generator_loss(fake_output: Tensor) -> Tensor:
    """The generator wins when the discriminator scores its images as real (1)."""
    return logitbinarycrossentropy(fake_output, 1.0)
