"""Independent NumPy (float64) references, written from the formulas, not from tinygrad.

Every layer is given as forward(...) and backward(..., grad_out) returning the gradients
with respect to its input and weights, so tests can compare both values and gradients.
"""
from __future__ import annotations

import numpy as np


def dense(x, w, b):
    """y = x Wᵀ + b, with W out×in."""
    y = x @ w.T
    return y if b is None else y + b


def dense_backward(x, w, g):
    return g @ w, g.T @ x, g.sum(0)            # d/dx, d/dW, d/db


def _pad(x, p):
    return np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))


def conv2d(x, w, b, stride, pad):
    """Cross-correlation: y[n,o,i,j] = Σ_{c,u,v} xpad[n,c,i·s+u,j·s+v]·W[o,c,u,v] + b[o]."""
    xp = _pad(x, pad)
    n, _, h, wd = xp.shape
    o, _, k, _ = w.shape
    ho, wo = (h - k) // stride + 1, (wd - k) // stride + 1
    y = np.zeros((n, o, ho, wo))
    for u in range(k):
        for v in range(k):
            patch = xp[:, :, u:u + stride * ho:stride, v:v + stride * wo:stride]
            y += np.einsum("nchw,oc->nohw", patch, w[:, :, u, v])
    return y if b is None else y + b[None, :, None, None]


def conv2d_backward(x, w, stride, pad, g):
    xp = _pad(x, pad)
    gx = np.zeros_like(xp)
    gw = np.zeros_like(w)
    k, ho, wo = w.shape[2], g.shape[2], g.shape[3]
    for u in range(k):
        for v in range(k):
            sl = (slice(None), slice(None), slice(u, u + stride * ho, stride),
                  slice(v, v + stride * wo, stride))
            gw[:, :, u, v] = np.einsum("nohw,nchw->oc", g, xp[sl])
            gx[sl] += np.einsum("nohw,oc->nchw", g, w[:, :, u, v])
    h, wd = x.shape[2], x.shape[3]
    return gx[:, :, pad:pad + h, pad:pad + wd], gw, g.sum((0, 2, 3))


def conv_transpose2d(x, w, b, stride, pad):
    """Scatter form: yfull[n,o,i·s+u,j·s+v] += Σ_c x[n,c,i,j]·W[c,o,u,v], then crop `pad`
    from every side.  Output size (H - 1)·s + k - 2·pad."""
    n, _, h, wd = x.shape
    _, o, k, _ = w.shape
    full = np.zeros((n, o, (h - 1) * stride + k, (wd - 1) * stride + k))
    for u in range(k):
        for v in range(k):
            full[:, :, u:u + stride * h:stride, v:v + stride * wd:stride] += \
                np.einsum("nchw,co->nohw", x, w[:, :, u, v])
    y = full[:, :, pad:full.shape[2] - pad, pad:full.shape[3] - pad]
    return y if b is None else y + b[None, :, None, None]


def conv_transpose2d_backward(x, w, stride, pad, g):
    n, _, h, wd = x.shape
    k = w.shape[2]
    gfull = _pad(g, pad)
    gx = np.zeros_like(x)
    gw = np.zeros_like(w)
    for u in range(k):
        for v in range(k):
            gpatch = gfull[:, :, u:u + stride * h:stride, v:v + stride * wd:stride]
            gx += np.einsum("nohw,co->nchw", gpatch, w[:, :, u, v])
            gw[:, :, u, v] = np.einsum("nchw,nohw->co", x, gpatch)
    return gx, gw, g.sum((0, 2, 3))


def _channel_axes(x):
    return tuple(i for i in range(x.ndim) if i != 1)


def _per_channel(v, x):
    return v.reshape(1, -1, *[1] * (x.ndim - 2))


def batchnorm_train(x, gamma, beta, eps=1e-5):
    """Batch statistics (biased variance) per channel (axis 1)."""
    axes = _channel_axes(x)
    mean, var = x.mean(axes), x.var(axes)
    xhat = (x - _per_channel(mean, x)) / np.sqrt(_per_channel(var, x) + eps)
    return _per_channel(gamma, x) * xhat + _per_channel(beta, x), mean, var


def batchnorm_train_backward(x, gamma, g, eps=1e-5):
    """The standard closed form: dx = γ/σ · (g - mean(g) - x̂·mean(g·x̂))."""
    axes = _channel_axes(x)
    mean, var = x.mean(axes), x.var(axes)
    inv = 1 / np.sqrt(_per_channel(var, x) + eps)
    xhat = (x - _per_channel(mean, x)) * inv
    gx = _per_channel(gamma, x) * inv * (g - g.mean(axes, keepdims=True)
                                         - xhat * (g * xhat).mean(axes, keepdims=True))
    return gx, (g * xhat).sum(axes), g.sum(axes)


def batchnorm_test(x, gamma, beta, running_mean, running_var, eps=1e-5):
    xhat = (x - _per_channel(running_mean, x)) / np.sqrt(_per_channel(running_var, x) + eps)
    return _per_channel(gamma, x) * xhat + _per_channel(beta, x)


def leakyrelu(x, a):
    return np.where(x > 0, x, a * x)


def log_sigmoid(x):
    return -np.logaddexp(0.0, -x)


def logitbinarycrossentropy(logits, y):
    """mean((1 - y)·ŷ - logσ(ŷ)) and its gradient (σ(ŷ) - y)/n."""
    loss = np.mean((1 - y) * logits - log_sigmoid(logits))
    grad = (1 / (1 + np.exp(-logits)) - y) / logits.size
    return loss, grad
