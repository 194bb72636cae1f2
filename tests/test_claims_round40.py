"""Claim status from the misses of the lead's fortieth and forty-first labelling rounds (Reuters and France 24, first
sight), by construction rather than by sentence: a kind of people the model took for a name ("Meteorologists
said"), a view or charge of a group no one names ("Analysts agree ...", "Investigators suspect ...", "authorities
accuse ...", "officials have portrayed ... as ...") and a "when" left open after a negation, which asks rather than
forecasts ("did not indicate when the meeting may take place") (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Norland": "GPE",
    "Harbour Institute": "ORG",
    "Reuters": "ORG",
}
TITLE = "Storm closes the northern ports"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 41: "Meteorologists said the conditions were at their worst in six years"
        ("Meteorologists said the storm was the worst in a decade.", ("reported", "")),
        ("Seismologists say the quake was shallow.", ("reported", "")),
        # a name that ends like an agent noun is still a name
        ("Reuters said the storm was the worst in a decade.", ("attributed", "Reuters")),
    ],
)
def test_a_kind_of_people_is_no_name(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 40: "Analysts agree the loss of the oil would be a devastating blow"; "Trump administration officials
        # have portrayed the seizure as ..."; round 41: "Investigators suspect the blaze ... broke out when ...",
        # "Ecuadorean authorities accuse Alcivar and his brother of orchestrating ..."
        ("Analysts agree the closure of the ports would hurt exports.", ("reported", "")),
        ("Investigators suspect the fire broke out in the engine room.", ("reported", "")),
        ("Norland authorities accuse the captain of ignoring the warnings.", ("reported", "")),
        ("Port officials have portrayed the closure as a precaution.", ("reported", "")),
        # a group that agrees to do something states nothing
        ("The unions agree to return to work on Monday.", ("unflagged", "")),
        ("Separatists agree to take part in the talks.", ("unflagged", "")),
    ],
)
def test_a_view_or_charge_no_one_is_named_for_is_reported(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 40: "though he did not indicate when the meeting may take place"; "it could not give a specific
        # timeframe for when it might run out"
        (
            "Anna Berg said talks would resume, though she did not indicate when the meeting may take place.",
            ("attributed", "Anna Berg"),
        ),
        (
            "The Harbour Institute said it could not give a timeframe for when the fuel might run out.",
            ("attributed", "Harbour Institute"),
        ),
        # a time told, not asked: still a forecast
        (
            "The pier is not expected to reopen before May, when the ferries may return.",
            ("speculative", ""),
        ),
        ("Anna Berg said the ferries may return in May.", ("speculative", "Anna Berg")),
    ],
)
def test_a_when_left_open_asks_rather_than_forecasts(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected
