"""A group no one names holds a view the outlet relays (`reported`): "There are people who argue that ...", a
cause the group gives ("Analysts have largely attributed the surge to ..."), a view it voices or raises ("Experts
are raising the alarm", "Investors voice caution"), what it points to (forty-eighth session; dev labels read these
`reported`). Sentences written for these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Norland": "GPE", "Ilse Brandt": "PERSON"}


@pytest.mark.parametrize(
    "sentence",
    [
        "There are people who argue that the blockade is not about drugs at all.",
        "Analysts have largely attributed the surge in arrests to Norland's new border law.",
        "Specialists attributed the fall to the smoking ban of 2014.",
        "Experts are raising the alarm over the state of the dams.",
        "Investors voice caution about the central bank's independence.",
        "Economists raised concerns that the budget relies on one-off sales.",
        "Critics point to the minister's ties with the shipping firm.",
    ],
)
def test_a_view_an_unnamed_group_holds_is_reported(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Norland budget row", sentence, NAMES)
    assert row_of(rows, sentence[:15]) == ("reported", ""), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the outlet's own account: a cause it gives, a thing pointed out on a map, a relative clause of the subject
        "The fall in arrests was attributed to the new border law.",
        "The signs point to the harbour from the station.",
        "Farmers who argue with the ministry were fined on Monday.",
    ],
)
def test_no_group_of_people_or_no_view_held_flags_nothing(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Norland budget row", sentence, NAMES)
    assert row_of(rows, sentence[:15]) == ("unflagged", ""), sentence
