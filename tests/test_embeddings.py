"""Headline embeddings: the NumPy forward pass gives the model's own vectors, and they say what a report is about."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing import embeddings

pytestmark = pytest.mark.model
REFERENCE = Path(__file__).resolve().parent / "data" / "embeddings" / "reference.json"


def test_vectors_match_the_reference_implementation() -> None:
    ref = json.loads(REFERENCE.read_text(encoding="utf-8"))
    got = embeddings.encode(ref["texts"])
    want = np.asarray(ref["vectors"], dtype=np.float32)
    assert got.shape == want.shape == (5, embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert float((got * want).sum(axis=1).min()) > 0.9999


def test_one_event_in_other_words_is_closer_than_another_event() -> None:
    killed, died, oil, fire, _ = embeddings.encode(json.loads(REFERENCE.read_text(encoding="utf-8"))["texts"])
    assert float(killed @ died) >= 0.6  # the default link similarity: the same casualty report
    assert float(killed @ oil) < 0.5 and float(killed @ fire) < 0.5


def test_batches_of_mixed_lengths_give_the_same_vectors_as_one_at_a_time() -> None:
    texts = ["Fire", "A very long headline " * 20, "Maduro pleads not guilty in New York court"] * 30
    embeddings._recent.clear()
    together = embeddings.encode(texts)
    rows = []
    for t in texts[:3]:
        embeddings._recent.clear()  # computed alone, not the row kept from the batch
        rows.append(embeddings.encode([t]))
    alone = np.vstack(rows)
    assert np.allclose(together[:3], alone, atol=1e-5)
    assert embeddings.encode([]).shape == (0, embeddings.DIMENSIONS)


def test_a_text_encoded_again_is_not_computed_again_and_the_cache_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(embeddings, "CACHE_TEXTS", 4)
    embeddings._recent.clear()
    texts = [f"Storm number {n} hits the coast" for n in range(6)]
    first = embeddings.encode(texts)
    assert len(embeddings._recent) == 4  # the last four texts, not all six
    assert list(embeddings._recent) == texts[2:]
    again = embeddings.encode(texts[::-1])  # two rows computed again, four read from the cache
    assert np.allclose(again, first[::-1], atol=1e-6)
    assert list(embeddings._recent)[-1] == texts[0]  # most recently used last
    cut = embeddings.encode(
        ["x" * 5000, "x" * 5000 + "y"]
    )  # keyed by what the model reads: the first MAX_CHARS
    assert np.allclose(cut[0], cut[1]) and all(len(k) <= embeddings.MAX_CHARS for k in embeddings._recent)


def test_running_the_model_needs_neither_torch_nor_much_memory() -> None:
    # VmHWM: this process's own peak since exec (ru_maxrss would inherit the pytest process's); a megabyte
    # "headline" from a hostile feed is cut before it is tokenized
    code = (
        "import re, sys\n"
        "from briefing import embeddings\n"
        "embeddings.encode(['Venezuela says 100 killed in US attack'] * 200 + ['<b>x</b> ' * 200_000])\n"
        "peak = re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)\n"
        "print(int(peak) // 1024, 'torch' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[1] == "False"
    assert int(out[0]) < 400, out  # MiB; torch and sentence-transformers alone take a process to 1 GiB
