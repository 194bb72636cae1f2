"""Claim status from the status errors of rounds 48 and 50, by construction rather than by sentence: "hints at",
"pledged that" and "cry foul" say something; "defended" a decision named in two words or a release; "report" as a
headline's plural verb; an act or an intention "announced" is no claim of the one who announced it; "did not say
which", "said goodbye" and a bare "have insisted." say nothing (a small fake entity finder; paragraphs joined by a
single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Harbour Institute": "ORG",
    "Justice Ministry": "ORG",
    "Norland": "GPE",
    "Westmark": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, TITLE, body, NAMES), start)


@pytest.mark.parametrize(
    ("title", "status"),
    [
        # round 50: "Trump hints at land strike against drug cartels as Venezuela pressure mounts"
        ("Anna Berg hints at port closures as the storm nears", "attributed"),
        # round 50: "'Christmas under fire': Ukraine, Russia report fatal air strikes"
        ("Norland, Westmark report fatal air strikes", "attributed"),
        # round 50: "Top US official defends partial release of Epstein files as Democrats cry foul" (with a name:
        # a lone office opening a headline that no paragraph names is an unnamed source, round 51's rule)
        ("Anna Berg defends partial release of port files", "attributed"),
        ("Minister defends partial release of port files", "reported"),
        ("Minister Anna Berg moves port files as opposition lawmakers cry foul", "reported"),
    ],
)
def test_a_headline_verb_that_says_something(res: analyse.Resources, title: str, status: str) -> None:
    body = "The storm reached the coast on Sunday.\nFerries stayed in harbour."
    assert row_of(claim_rows(res, title, body, NAMES), title)[0] == status


@pytest.mark.parametrize(
    ("body", "start", "status"),
    [
        # round 50: "Blanche pledged that the Trump administration eventually would meet its obligation"
        ("Anna Berg pledged that the ministry would publish every file.", "Anna Berg", "attributed"),
        # round 50: "Todd Blanche on Sunday defended the Justice Department's decision to release just a fraction"
        (
            "Tomas Lind on Sunday defended the Justice Ministry's decision to release only part of the files.",
            "Tomas Lind",
            "attributed",
        ),
    ],
)
def test_a_pledge_or_a_defence_that_says_something(
    res: analyse.Resources, body: str, start: str, status: str
) -> None:
    assert _row(res, body, start)[0] == status


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # round 48: "U.S. President Donald Trump this month announced a blockade of all sanctioned vessels"
        (
            "Anna Berg this month announced a blockade of all ships going in or out of the harbour.",
            "Anna Berg",
        ),
        # round 50: "Netanyahu has also announced he intends to seek another term in office"
        ("Tomas Lind has also announced he intends to seek another term in office.", "Tomas Lind"),
        # round 48: "Trump did not say which facility the U.S. had targeted"
        ("Tomas Lind did not say which harbour the ferries had used.", "Tomas Lind"),
        # round 50: "people around the world said goodbye to a sometimes challenging 2025"
        ("Across the region, residents said goodbye to a difficult year.", "Across the region"),
        # round 48: "Some tanker owners have insisted." (kept on course)
        ("Most ships turned back.\nSome ferry owners have insisted.", "Some ferry owners"),
    ],
)
def test_an_act_made_public_or_nothing_said_is_no_claim(
    res: analyse.Resources, body: str, start: str
) -> None:
    assert _row(res, body, start) == ("unflagged", "")
