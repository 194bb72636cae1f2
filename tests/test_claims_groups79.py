"""Group speakers (issue 11, groups79), by construction rather than by sentence: an office owned by a state keeps its
owner ("South Korea's Joint Chiefs of Staff", not "s Joint Chiefs of Staff"), and "It said" / "the group said" go on
with a body the text described as one when it named it ("Hengaw, a Kurdish Iranian rights group, ...") (a small
fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "South Korea": "GPE",
    "North Korea": "GPE",
    "Joint Chiefs of Staff": "ORG",
    "Iran": "GPE",
    "Anna Berg": "PERSON",
}
TITLE = "Rights groups count the dead"


def _row(body: str, start: str, res: analyse.Resources, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    "body",
    [
        "North Korea fired a ballistic missile on Sunday, South Korea's Joint Chiefs of Staff said.",
        "South Korea 's Joint Chiefs of Staff said on Monday that North Korea fired a missile.",
    ],
)
def test_an_office_a_state_owns_keeps_its_owner(res: analyse.Resources, body: str) -> None:
    assert _row(body, body[:12], res) == ("attributed", "South Korea's Joint Chiefs of Staff")


@pytest.mark.parametrize(
    ("follow", "start"),
    [
        ("It said more than 1,000 people had been arrested.", "It said"),
        ("The group said more than 1,000 people had been arrested.", "The group said"),
    ],
)
def test_it_or_the_group_is_the_body_described_when_named(
    res: analyse.Resources, follow: str, start: str
) -> None:
    body = (
        "Protests spread to western Iran on Monday.\n"
        "Hengaw, a Kurdish Iranian rights group, put the death toll at 25, including four people under 18. "
        + follow
    )
    assert _row(body, start, res) == ("attributed", "Hengaw")


def test_the_group_is_not_a_body_described_as_something_else(res: analyse.Resources) -> None:
    body = (
        "Protests spread to western Iran on Monday.\n"
        "HRANA, a network of rights activists, said at least 29 had been killed. "
        "The group said more than 1,000 people had been arrested."
    )
    assert _row(body, "The group said", res)[1] != "HRANA"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place never speaks, the group it owns does (round 70's "Yemen's separatists said")
        ("Yemen's separatists said they had lost contact with a senior delegation.", "Yemen's separatists"),
        (
            "ADEN, Jan 7 (Reuters) - Yemen's separatists said they had lost contact with a delegation.",
            "Yemen's separatists",
        ),
        # a body's wing is the wing, not the body (round 64's "Hamas's armed wing confirmed")
        ("Hamas 's armed wing confirmed on Monday the death of its spokesperson.", "Hamas's armed wing"),
    ],
)
def test_a_group_a_place_or_body_owns_speaks_as_that_group(
    res: analyse.Resources, body: str, expected: str
) -> None:
    names = {**NAMES, "Yemen": "GPE", "Hamas": "ORG"}
    # the claim's text starts after the dateline, with the owner
    assert row_of(claim_rows(res, TITLE, body, names), expected.split("'")[0]) == ("attributed", expected)


def test_rebels_a_place_owns_stay_unnamed(res: analyse.Resources) -> None:
    body = "Myanmar's rebels said they had seized the border post."
    assert row_of(claim_rows(res, TITLE, body, {"Myanmar": "GPE"}), "Myanmar") == ("reported", "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # round 68's label: the responders, not named (as "Israeli police said")
        (
            "Two people were killed in the attack on Friday, Israeli emergency services said.",
            ("reported", ""),
        ),
        # round 45's label: the service the text names
        (
            "Israel's Magen David Adom emergency services said the man was pronounced dead at the scene.",
            ("attributed", "Magen David Adom"),
        ),
    ],
)
def test_emergency_services_are_unnamed_unless_named(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    names = {**NAMES, "Israel": "GPE", "Israeli": "NORP", "Magen David Adom": "ORG"}
    assert row_of(claim_rows(res, TITLE, body, names), body[:8]) == expected


@pytest.mark.parametrize(
    "first",
    [
        "Former foreign minister Anna Berg said on Monday the deal was dead.",
        "Anna Berg, a former foreign minister, said on Monday the deal was dead.",
    ],
)
def test_the_former_office_is_the_person_named_with_it(res: analyse.Resources, first: str) -> None:
    body = first + "\nThe former foreign minister said the talks had failed."
    assert _row(body, "The former foreign minister", res) == ("attributed", "Anna Berg")


def test_a_former_office_no_one_was_named_with_stays_as_written(res: analyse.Resources) -> None:
    body = "The talks broke down on Monday.\nThe former foreign minister said the talks had failed."
    assert _row(body, "The former foreign minister", res) == ("attributed", "former foreign minister")


def test_his_group_is_the_body_the_person_was_named_as_leading(res: analyse.Resources) -> None:
    # round 67's "After al-Zubaidi's unexplained absence ..., his group said": the Southern Transitional Council
    body = (
        "The coalition said Tomas Lind, leader of the Southern Transitional Council, had failed to board a flight.\n"
        "After Lind's unexplained absence from the talks, his group said he was overseeing operations in Aden."
    )
    names = {**NAMES, "Southern Transitional Council": "ORG", "Lind": "PERSON"}
    rows = claim_rows(res, TITLE, body, names)
    assert row_of(rows, "After Lind") == ("attributed", "Southern Transitional Council")


def test_his_party_is_still_the_persons(res: analyse.Resources) -> None:
    body = (
        "Anna Berg, leader of the Southern Transitional Council, will stand for re-election, her party said."
    )
    names = {**NAMES, "Southern Transitional Council": "ORG"}
    assert row_of(claim_rows(res, TITLE, body, names), "Anna Berg") == ("attributed", "Anna Berg's party")
