"""Speakers from round 94 (issue 11), by construction: a body named in lower case after "the" with its "of/for" part,
a body described instead of named ("the British lender said") and the pronoun that goes on with it, "used to say
that", "Her point was that" and "according to a statement published on the band's website" (a small fake entity
finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Norland": "GPE",
    "Nordbank": "ORG",
    "Tomas Lind": "PERSON",
    "Margaret Chan": "PERSON",
    "World Health Organization": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The tax was meant to start in May, but the ministry for ecological transition said that the review "
            "justified a delay.",
            "ministry for ecological transition",
        ),
        ("The department of health said on Monday the clinics would stay open.", "department of health"),
        ("The office for national statistics said prices rose by 3%.", "office for national statistics"),
    ],
)
def test_a_body_named_in_lower_case_after_the_speaks(
    res: analyse.Resources, sentence: str, body: str
) -> None:
    assert row_of(_rows(res, "Norland delays tax", sentence), sentence[:20]) == ("attributed", body)


def test_a_lower_case_body_goes_on_in_it_said(res: analyse.Resources) -> None:
    # round 94, real: "..., but the ministry for ecological transition said that results from a recent review ...
    # justified pushing back the deadline." and "It said in an official decree that a new review would be ..."
    body = (
        "The ban was meant to start on January 1, but the ministry for ecological transition said that results "
        "from a recent review justified pushing back the deadline.\n"
        "It said in an official decree that a new review would be carried out in 2028."
    )
    rows = _rows(res, "France pushes back plastic cup ban", body)
    assert row_of(rows, "The ban was") == ("attributed", "ministry for ecological transition")
    assert row_of(rows, "It said") == ("attributed", "ministry for ecological transition")


def test_a_lower_case_body_after_a_preposition_is_no_subject(res: analyse.Resources) -> None:
    sentence = "The head of the department of health said the clinics would stay open."
    assert row_of(_rows(res, "Clinics", sentence), "The head")[1] != "department of health"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Nordbank has cut 500 jobs, the Norwegian lender said on Monday.", "Nordbank has"),
        (
            "The job cuts were first planned by Nordbank in May.\nThe Norwegian lender said on Monday it would cut 500 jobs.",
            "The Norwegian",
        ),
        # a name in capitals after "The" that no finder read: the band
        (
            "The Velvet Owls drummer Tomas Lind has died aged 70, the veteran Norwegian rock band announced.",
            "The Velvet",
        ),
    ],
)
def test_a_body_described_is_the_body_named_before(res: analyse.Resources, body: str, start: str) -> None:
    status, speaker = row_of(_rows(res, "Job cuts and a death", body), start)
    assert status == "attributed"
    assert speaker in ("Nordbank", "The Velvet Owls")


def test_a_described_band_goes_on_in_it_said(res: analyse.Resources) -> None:
    # round 94, real: "The Cure guitarist and keyboard player Perry Bamonte has died aged 65, the legendary British
    # dark rock band announced on Friday." and '"It is with enormous sadness that we confirm ...," it said.'
    body = (
        "The Cure guitarist and keyboard player Perry Bamonte has died aged 65, the legendary British dark rock band "
        "announced on Friday.\n"
        '"It is with enormous sadness that we confirm the death of our great friend," it said.'
    )
    rows = _rows(res, "The Cure guitarist Perry Bamonte dies aged 65", body)
    assert row_of(rows, "The Cure guitarist and") == ("attributed", "The Cure")
    assert row_of(rows, '"It is') == ("attributed", "The Cure")


def test_a_description_with_no_body_named_stays_as_written(res: analyse.Resources) -> None:
    body = "Inflation rose again in May, the state-owned lender said on Monday."
    assert row_of(_rows(res, "Norland rates", body), "Inflation") == ("attributed", "state-owned lender")


def test_used_to_say_that_is_said(res: analyse.Resources) -> None:
    body = "During her years in office, Anna Berg used to say that all the easy reforms had been made."
    assert row_of(_rows(res, "Reform", body), "During") == ("attributed", "Anna Berg")


def test_used_to_without_a_that_clause_is_no_statement(res: analyse.Resources) -> None:
    assert (
        row_of(_rows(res, "War", "Anna Berg used to tell stories about the war."), "Anna Berg")[0]
        == "unflagged"
    )


def test_her_point_was_that_is_the_persons(res: analyse.Resources) -> None:
    # round 94, real: "... Dr Margaret Chan used to say that all of the "easy" antibiotics had already been found.
    # Her point was that in responding to the urgent threat ..., we would struggle to find new medicines ..."
    body = (
        "During her tenure as director general of the World Health Organization, Dr Margaret Chan used to say that "
        'all of the "easy" antibiotics had already been found. Her point was that we would struggle to find new '
        "medicines if we didn't find new ways of working. She was right."
    )
    rows = _rows(res, "The Guardian view on antibiotics", body)
    assert row_of(rows, "During") == ("attributed", "Margaret Chan")
    assert row_of(rows, "Her point") == ("attributed", "Margaret Chan")
    assert row_of(rows, "She was right") == ("unflagged", "")


def test_a_named_owners_argument_is_theirs(res: analyse.Resources) -> None:
    rows = _rows(
        res, "Rates", "Tomas Lind's argument is that rates must rise.\nHis view was that rates must rise."
    )
    assert row_of(rows, "Tomas Lind") == ("attributed", "Tomas Lind")
    assert row_of(rows, "His view") == ("attributed", "Tomas Lind")


@pytest.mark.parametrize(
    "tail",
    [
        "according to a statement published on the bank's website.",
        "according to a statement on its website.",
        "according to a post on the lender's Telegram channel.",
    ],
)
def test_a_statement_on_the_owners_site_is_the_bodys(res: analyse.Resources, tail: str) -> None:
    body = f"Nordbank said on Monday it would cut 500 jobs.\nThe cuts will fall mostly in the north, {tail}"
    assert row_of(_rows(res, "Job cuts in Norland", body), "The cuts") == ("attributed", "Nordbank")


def test_a_statement_on_a_site_with_no_body_before_stays_unnamed(res: analyse.Resources) -> None:
    body = "The cuts will fall mostly in the north, according to a statement on its website."
    assert row_of(_rows(res, "Job cuts in Norland", body), "The cuts") == ("reported", "")


def test_the_band_statement_follows_the_described_band(res: analyse.Resources) -> None:
    # round 94, real: 'Bamonte, who became a full member of The Cure in 1990, "passed away after a short illness at
    # home over Christmas", according to a statement published on the band's website.'
    body = (
        "The Cure guitarist and keyboard player Perry Bamonte has died aged 65, the legendary British dark rock band "
        "announced on Friday.\n"
        'Bamonte, who became a full member of The Cure in 1990, "passed away after a short illness at home over '
        "Christmas\", according to a statement published on the band's website."
    )
    rows = _rows(res, "The Cure guitarist Perry Bamonte dies aged 65", body)
    assert row_of(rows, "Bamonte") == ("attributed", "The Cure")
