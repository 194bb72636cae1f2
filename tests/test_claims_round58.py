"""Forms from the fifty-eighth labelling round's first sight, by construction rather than by sentence: a subject
opened by "a", "an" or "one" and headed by a common noun names nobody, whatever names modify it ("An
Israeli-backed Palestinian militia said", "One X user said"), while a named body's spokesman, paper or outlet
staff keep their owner (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Norland": "GPE",
    "Norlandic": "NORP",
    "Vestrian": "NORP",
    "Chirp": "ORG",
    "Home Office": "ORG",
    "Daily Post": "ORG",
}
TITLE = "Fighting spreads in the south"


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, TITLE, body, NAMES), start)


@pytest.mark.parametrize(
    "body",
    [
        # "an Israeli-backed Palestinian militia said that it had killed two Hamas men"
        "Separately, a Norland-backed Vestrian militia said that it had killed two fighters.",
        "A Vestrian militia said that it had killed two fighters.",
        # "According to one X user, they show ...": the platform's user, not the platform
        "One Chirp user said that it had killed two fighters.",
        "In the south, a decades-old Norlandic organisation said that it had killed two fighters.",
    ],
)
def test_an_indefinite_subject_names_nobody_whatever_modifies_it(res: analyse.Resources, body: str) -> None:
    assert _row(res, body, body.split(" said")[0][:12]) == ("reported", "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A Home Office spokesman said that it had killed two fighters.", ("attributed", "Home Office")),
        ("A Home Office statement said that it had killed two fighters.", ("attributed", "Home Office")),
        ("A Daily Post reporter said that it had killed two fighters.", ("attributed", "Daily Post")),
    ],
)
def test_a_named_bodys_spokesman_paper_or_reporter_keep_their_owner(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, body[:10]) == expected


def test_a_city_opening_the_clause_of_and_said_speaks_for_its_government_unnamed(
    res: analyse.Resources,
) -> None:
    # "Kyiv has refused to pull out of the industrialised Donbas and said the U.S. has offered ...": as "Kyiv has
    # dismissed the claim", the city's government, never the city itself
    body = "Norburg has refused to pull out of the western valley and said the talks had offered a zone."
    names = {**NAMES, "Norburg": "GPE"}
    assert row_of(claim_rows(res, TITLE, body, names), "Norburg has") == ("attributed", "")


def test_a_quotation_going_on_with_the_opening_names_verb_is_that_names(res: analyse.Resources) -> None:
    # 'Russia "warns that ...," the statement from Moscow said' after a person spoke: the state the sentence opens
    # with, not the person before nor the statement's issuer
    body = (
        "Interior Minister Anna Berg said the plan was legal.\n"
        'Estonia "warns that any deployment will be classified as an intervention," the statement said.'
    )
    names = {**NAMES, "Anna Berg": "PERSON", "Estonia": "GPE"}
    assert row_of(claim_rows(res, TITLE, body, names), "Estonia") == ("attributed", "Estonia")
