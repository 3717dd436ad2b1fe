"""Flux's `DataLoader(image_tensor; batchsize, shuffle=true)`, for numpy arrays in host memory.

Flux draws a new order each epoch from the global RNG and keeps the last, smaller batch.
tinygan keeps the batches but derives each epoch's order from (seed, epoch) alone, so that a
run resumed from a checkpoint in the middle of epoch n sees exactly the batches it would
have seen.
"""
from __future__ import annotations

from typing import Iterator

import numpy as np

from tinygan.checks import is_int


class DataLoader:
    """Shuffled mini-batches of `images` (host memory, numpy), one pass per `epoch(n)` call.

    `len(loader)` is the number of batches per epoch, the last one possibly smaller
    (60,000 images at 128: 469 batches, the last of 96), as in Flux.  With `labels` (one
    per image), each batch is `(images, labels)`, the labels in their images' order (the
    conditional GAN, `tinygan.conditional`); the order of the images is the same with
    labels as without.
    """

    def __init__(self, images: np.ndarray, batch_size: int, seed: int,
                 labels: np.ndarray | None = None):
        if not is_int(batch_size, 1):
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        if not is_int(seed, 0):
            raise ValueError(f"seed must be an integer >= 0, got {seed!r}")
        if len(images) == 0:
            raise ValueError("DataLoader needs at least one image")
        if labels is not None and len(labels) != len(images):
            raise ValueError(f"DataLoader needs one label per image, got {len(labels)} labels "
                             f"for {len(images)} images")
        self.images, self.labels = images, labels
        self.batch_size = batch_size
        self.seed = seed

    def __len__(self) -> int:
        return -(-len(self.images) // self.batch_size)  # ceiling division

    def order(self, epoch: int) -> np.ndarray:
        """The permutation of image indices used in `epoch`; depends on (seed, epoch) only."""
        return np.random.default_rng([self.seed, epoch]).permutation(len(self.images))

    def epoch(self, epoch: int, start: int = 0) -> Iterator:
        """Yield the batches of `epoch`, skipping the first `start` (to resume mid-epoch):
        images, or (images, labels) when the loader has labels."""
        if not 0 <= start <= len(self):
            raise ValueError(f"start must be between 0 and {len(self)} batches, got {start}")
        order = self.order(epoch)
        for first in range(start * self.batch_size, len(order), self.batch_size):
            batch = order[first:first + self.batch_size]
            yield self.images[batch] if self.labels is None else (self.images[batch],
                                                                  self.labels[batch])
