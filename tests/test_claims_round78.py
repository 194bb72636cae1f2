"""Speaker forms from round 78 (issue 11), by construction rather than by sentence: the named person or body that
ends an "according to" list of unnamed sources is kept as the speaker of the `reported` sentence (a small fake
entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Harbour Authority": "ORG",
    "Norland": "GPE",
}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Storm closes the northern ports", body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # round 78: "..., according to an army officer posted there in early December, a military official and
        # Sheikh Abu Omar Tawwaq, who is the security chief of Dhumair."
        (
            "The depot was reopened in November, according to a port worker posted there in May, a military "
            "official and Sheikh Anna Berg, who is the security chief of the port.",
            ("reported", "Anna Berg"),
        ),
        (
            "The depot was reopened in November, according to a diplomat, two officials and Anna Berg.",
            ("reported", "Anna Berg"),
        ),
    ],
)
def test_a_named_source_ending_an_according_to_list_of_unnamed_ones_is_kept(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, "The depot") == expected


@pytest.mark.parametrize(
    "body",
    [
        # the name is inside a clause of the list, not a member of it
        "The depot was reopened in November, according to a port worker who met officials and Anna Berg.",
    ],
)
def test_a_name_that_is_no_member_of_the_list_is_not_kept(res: analyse.Resources, body: str) -> None:
    assert _row(res, body, "The depot") == ("reported", "")
