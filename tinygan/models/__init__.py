"""Other DCGANs than the tutorial's, each in a file that reads like its source's code:

    lecture64   the GAN lecture's Keras pair, 64×64 colour (`tinygan.models.lecture64`)
    faces32     the face article's PyTorch pair, 32×32 colour (`tinygan.models.faces32`)

`HyperParams.model` (`--model`) names one; "tutorial" (the default) is the tutorial's own
pair, in `tinygan.tutorial`.  Each module has `Generator(latent_dim)`, `Discriminator()`,
`IMAGE_SHAPE` (channels, height, width) and `DEFAULTS`, the settings its source uses where
they differ from the tutorial's (`--model` fills them in unless given).
"""
from __future__ import annotations

from types import ModuleType

from tinygan.models import faces32, lecture64

MODELS: dict[str, ModuleType | None] = {"tutorial": None, "lecture64": lecture64,
                                        "faces32": faces32}
TUTORIAL_IMAGE_SHAPE = (1, 28, 28)


def model_module(name: str) -> ModuleType:
    if name not in MODELS or MODELS[name] is None:
        raise ValueError(f"the model must be one of {', '.join(m for m in MODELS if MODELS[m])} "
                         f"here, got {name!r}")
    return MODELS[name]


def image_shape(name: str) -> tuple[int, int, int]:
    """(channels, height, width) of a model's images."""
    return TUTORIAL_IMAGE_SHAPE if name == "tutorial" else model_module(name).IMAGE_SHAPE


def model_defaults(name: str) -> dict:
    """The settings `--model name` fills in unless given (none for the tutorial)."""
    return {} if name == "tutorial" else dict(model_module(name).DEFAULTS)


def not_scored(model: str) -> str:
    """Why a run of another model than the tutorial's has no FID (one line): the scores'
    classifier reads MNIST digits (a colour metric is a later step)."""
    shape = "×".join(map(str, image_shape(model)))
    return (f"the FID and the other scores use tinygan's MNIST classifier, for 1×28×28 "
            f"digits: they do not apply to {model}'s {shape} images")
