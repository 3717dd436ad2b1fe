"""An exponential moving average of a network's weights, to sample from (`HyperParams.ema_decay`).

GAN training does not settle: the generator of one step can be much worse than that of the
step before (in tinygan's 25-epoch run the FID moves by up to 2× between epochs).  Sampling
from a running average of its weights instead, θ_ema ← d·θ_ema + (1 - d)·θ after every
update, leaves training exactly as it is and smooths that out (Yazıcı et al. 2019, "The
Unusual Effectiveness of Averaging in GAN Training"; the generator EMA of Karras et al.'s
progressive GAN and StyleGAN, of BigGAN and of PyTorch-StudioGAN).

Warm-up: early on the average would be dominated by the random initial weights, so the
decay of update n (0-based) is min(d, (1 + n) / (10 + n)), as TensorFlow's
`ExponentialMovingAverage(num_updates=...)` does: 0.1 at the first update, 0.9 after 80,
0.999 only after 8,990.

BatchNorm's running statistics are averaged with the weights, in the same update (as
timm's `ModelEmaV2`, which averages the whole state): the averaged generator then normalises
with statistics that moved as slowly as its weights did.  They are not recomputed from
fresh batches of the averaged network (what `torch.optim.swa_utils.update_bn` does for
SWA); see the README for what that means for the samples.

Everything stays on the device: the average, and the update counter that sets the
warm-up, are tensors updated inside the jitted training step, with no host round trip.
"""
from __future__ import annotations

from tinygrad import Tensor, dtypes
from tinygrad.nn.state import get_state_dict


class ModelEMA:
    """The moving average of `model`'s state (weights and BatchNorm statistics), held in
    `shadow`, a network of the same architecture that sampling can call like the model.
    `shadow` starts as a copy of `model`."""

    def __init__(self, model, shadow, decay: float):
        if not 0 < decay < 1:
            raise ValueError(f"the EMA decay must be in (0, 1), got {decay!r}")
        self.model, self.shadow, self.decay = model, shadow, decay
        theirs, ours = get_state_dict(model), get_state_dict(shadow)
        if theirs.keys() != ours.keys():
            raise ValueError("the EMA's shadow network differs from the model")
        self.pairs = [(ours[name], theirs[name]) for name in theirs]
        for average, current in self.pairs:
            average.assign(current.detach())
        self.updates = Tensor.zeros((), dtype=dtypes.float32).contiguous()  # exact to 2^24
        Tensor.realize(self.updates, *(average for average, _ in self.pairs))

    def decay_now(self) -> Tensor:
        """The decay of the next update: min(decay, (1 + n) / (10 + n)), n updates done."""
        n = self.updates
        return ((n + 1) / (n + 10)).minimum(self.decay)

    def schedule_update(self) -> list[Tensor]:
        """One update of the average towards the model's current (lazy) state: call it after
        the optimiser's step is scheduled, so the average takes the updated weights.  Returns
        what to realise with it."""
        d = self.decay_now()
        for average, current in self.pairs:
            average.assign(average * d + current.detach() * (1 - d))
        self.updates.assign(self.updates + 1)
        return [*(average for average, _ in self.pairs), self.updates]

    def state(self) -> dict[str, Tensor]:
        """The tensors a checkpoint holds: the average, by the model's names, and the count."""
        return {**get_state_dict(self.shadow), "updates": self.updates}
