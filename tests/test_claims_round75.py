"""Speaker rules after round 70 (issue 11, "a place is never a speaker"), by construction: a possessive written
with a space ("Chad 's separatists", as AFP text via France 24 writes it) reads as a possessive, and the name after
"he said" is the reported clause's subject, not the speaker (a small fake entity finder; paragraphs joined by a
single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Karl Lind": "PERSON",
    "Lind": "PERSON",
    "Harbour Council": "ORG",
    "Chad": "GPE",
    # a spokesman the model read as a body (round 70's "Al-Malik")
    "Al-Berg": "ORG",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, TITLE, body, NAMES), start)


def test_a_spaced_possessive_is_not_the_place_as_speaker(res: analyse.Resources) -> None:
    # "Yemen 's separatists said they had lost contact ..." (round 70): the group or no one, never the place
    body = "Chad 's separatists said they had lost contact with a delegation that travelled to the capital."
    assert _row(res, body, "Chad 's separatists")[1] != "Chad"


@pytest.mark.parametrize(
    "body",
    [
        "Chad 's separatists said they had lost contact with a delegation that travelled to the capital.",
        "Chad 's President Anna Berg said the talks would resume on Monday.",
        "The ports closed, Chad 's Harbour Council said on Monday.",
    ],
)
def test_a_spaced_possessive_reads_as_the_unspaced_one(res: analyse.Resources, body: str) -> None:
    # the claim quotes the text as written ("Chad 's"), its status and speaker are the unspaced possessive's
    spaced = claim_rows(res, TITLE, body, NAMES)
    plain = claim_rows(res, TITLE, body.replace(" 's", "'s"), NAMES)
    assert [(st, who) for _, st, who in spaced] == [(st, who) for _, st, who in plain]
    assert all(text in body for text, _, _ in spaced)


def test_the_name_after_he_said_is_not_the_speaker(res: analyse.Resources) -> None:
    # "But while other council officials took the flight, he said al-Zubaidi did not." (round 70): "he" is the
    # spokesman who spoke in the sentence before, not the reported clause's subject
    body = (
        "The council said the ferries had not sailed.\n"
        "Al-Berg said the council's leader, Karl Lind, had been due to take a flight to the capital.\n"
        "But while other council officials took the flight, he said Lind did not."
    )
    status, speaker = _row(res, body, "But while other council officials")
    assert speaker != "Lind"
    assert speaker in {"Al-Berg", ""}
