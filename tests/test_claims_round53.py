"""Round 53's first sight: cities listed as the subject of a speech verb speak for their governments, none alone
("Seoul and Tokyo said the missile flew 900 km"), as one city does ("Kyiv has dismissed the claim"); a small fake
entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Seoul": "GPE", "Tokyo": "GPE", "Kyiv": "GPE", "Warsaw": "GPE", "Vilnius": "GPE"}
TITLE = "Missile test before the summit"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Seoul and Tokyo said on Sunday they had detected the launch of two missiles.", "Seoul and Tokyo"),
        ("Kyiv, Warsaw and Vilnius said the talks had gone well.", "Kyiv, Warsaw"),
    ],
)
def test_cities_listed_before_a_speech_verb_speak_for_their_governments(
    res: analyse.Resources, body: str, start: str
) -> None:
    assert row_of(claim_rows(res, TITLE, body, NAMES), start) == ("attributed", "")


def test_a_subject_that_only_mentions_cities_is_not_them(res: analyse.Resources) -> None:
    body = "The crews of ships from Seoul and Tokyo said the sea was calm."
    assert row_of(claim_rows(res, TITLE, body, NAMES), "The crews")[1] not in (
        "Seoul",
        "Tokyo",
        "Seoul and Tokyo",
    )
