"""Claim status from the misses of the lead's fortieth and forty-first labelling rounds (Reuters and France 24, first
sight), by construction rather than by sentence: a kind of people the model took for a name ("Meteorologists
said"), a view or charge of a group no one names ("Analysts agree ...", "Investigators suspect ...", "authorities
accuse ...", "officials have portrayed ... as ...") and a "when" left open after a negation, which asks rather than
forecasts ("did not indicate when the meeting may take place"); state TV and a source inside a named office are
unnamed; "denounced", "decried", "hails '...'" and a closing ", X ruled." credit their subject (a small fake entity
finder)."""

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
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Emeka Nwite": "PERSON",
    "Nwite": "PERSON",
    "China": "GPE",
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


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # round 40: "Fire put out at oil depot in Russia's Belgorod after Ukrainian drone attack, state TV says"
        ("Fire put out at oil depot after drone attack, state TV says", "Fire put out", ("reported", "")),
        ("Three killed in riots in the north — TV", "Three killed", ("reported", "")),
    ],
)
def test_state_tv_is_not_named(
    res: analyse.Resources, title: str, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, "Crews worked through the night.", title), sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 40: 'A source in Petro's office told Reuters the call was "cordial"'
        ("A source in Berg's office told Reuters the call was cordial.", ("reported", "")),
        ("An official at the Harbour Institute said the ferries were late.", ("reported", "")),
    ],
)
def test_one_inside_a_named_office_is_not_named(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, f"Anna Berg called the mayor. {sentence}"), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # round 40: "Putin hails 'holy mission' of Russian troops", "hailed his troops' "holy mission""
        ("Berg hails 'historic day' for the islands", "Berg hails", ("attributed", "Berg")),
        (TITLE, 'Anna Berg hailed the crews\' "quiet courage" in a speech.', ("attributed", "Anna Berg")),
        # round 41: "China denounced the U.S. as a bully after ... said"
        (
            TITLE,
            "China denounced the blockade as piracy after Lind said it was legal.",
            ("attributed", "China"),
        ),
        (TITLE, "Tomas Lind decried the changes as reckless.", ("attributed", "Tomas Lind")),
        # round 40: "The same terms apply to his son and Bashir, Nwite ruled."
        (TITLE, "The same terms apply to the second captain, Nwite ruled.", ("attributed", "Emeka Nwite")),
        # hailing a cab says nothing
        (TITLE, "Anna Berg hailed a taxi outside the port.", ("unflagged", "")),
    ],
)
def test_denouncing_hailing_and_ruling_credit_their_subject(
    res: analyse.Resources, title: str, sentence: str, expected: tuple[str, str]
) -> None:
    rows = _claims(res, f"Judge Emeka Nwite heard the case. {sentence}", title)
    assert row_of(rows, sentence[:10]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 41: "..., according to the London-based Energy Institute."
        (
            "Norland holds the largest reserves, according to the London-based Harbour Institute.",
            "Harbour Institute",
        ),
        (
            "Prices rose 3%, according to a Norland-owned research group Harbour Institute.",
            "Harbour Institute",
        ),
    ],
)
def test_according_to_a_body_described_by_its_place(
    res: analyse.Resources, sentence: str, expected: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("attributed", expected)
