"""Claim status and speakers from the misses of the twenty-ninth labelling round (first sight on items nobody tuned
for): a name the model took for an organisation that a "she"/"he" refers to, "another man" (not named), a report by
no one named ("were reported", "there were reports of"), the dateline's outlet telling its own earlier reporting (a
small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claims_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Marta Sorensen": "ORG",
    "Jonas Weber": "ORG",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Reuters": "ORG",
    "Harbour Trust": "ORG",
}
TITLE = "Neighbours rebuild the old quarter"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return [(c.text, c.status, c.attributed_to) for c in claims_of(res, title, f"{title}\n\n{body}", NAMES)]


def _of(claims: list[tuple[str, str, str]], start: str) -> tuple[str, str]:
    return next(((st, who) for text, st, who in claims if text.startswith(start)), ("unflagged", ""))


# --- a name the model called an organisation, then "her"/"his" -------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "pronoun", "who"),
    [
        ("Marta Sorensen proudly showed off her new front door.", "she", "Marta Sorensen"),
        ("Jonas Weber slowly walked back to his shop on the square.", "he", "Jonas Weber"),
    ],
)
def test_she_said_is_the_name_her_refers_back_to(
    res: analyse.Resources, opening: str, pronoun: str, who: str
) -> None:
    body = (
        f"{opening} Volunteers had painted the frame green. "
        f'"I think it is more of a peacock," {pronoun} said, admiring the details.\n'
        f'It was an act of defiance, {pronoun} explained: "We are trying to live like normal people. '
        'We are not afraid of staying."'
    )
    claims = _claims(res, body)
    assert _of(claims, '"I think') == ("attributed", who)
    assert _of(claims, "It was an act") == ("attributed", who)
    assert _of(claims, "We are not afraid") == ("attributed", who)  # the quotation goes on


@pytest.mark.parametrize(
    "opening",
    [
        # a body's clause goes on with "its"; "her" there is someone else's
        "Harbour Trust restored the house and its old door.",
        # "his" of another clause: the name is not its subject
        "Marta Sorensen, the architect, met the mayor. Later, his office",
    ],
)
def test_a_body_or_a_far_possessive_gives_no_person(res: analyse.Resources, opening: str) -> None:
    claims = _claims(res, f'{opening} said little.\n"We are happy with the result," she said.')
    assert _of(claims, '"We are happy')[1] not in ("Harbour Trust", "Marta Sorensen")


# --- "another man" is not named -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Another man said he used his deposit box to store cash.",
        "The bank had not called anyone, another elderly man said.",
    ],
)
def test_another_man_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    claims = _claims(res, f"Customers gathered outside the bank in Eastwick on Tuesday.\n{sentence}")
    assert _of(claims, sentence[:15]) == ("reported", "")


def test_another_named_person_keeps_the_name(res: analyse.Resources) -> None:
    sentence = "Another resident, Anna Berg, said she had lost her savings."
    assert _of(_claims(res, sentence), "Another resident") == ("attributed", "Anna Berg")


# --- a report by no one named ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No civilian casualties were reported, although debris fell in two towns.",
        "There were also reports of a black car leaving the garage early on Monday.",
        "Clashes and looting have been reported in several towns of the north.",
    ],
)
def test_a_passive_report_of_no_one_is_reported(res: analyse.Resources, sentence: str) -> None:
    claims = _claims(res, f"Storms hit the coast of Norland on Sunday.\n{sentence}")
    assert _of(claims, sentence[:15]) == ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anna Berg said no casualties were reported in the town.", ("attributed", "Anna Berg")),
        ("Two deaths were reported by Anna Berg, the mayor, on Monday.", ("attributed", "Anna Berg")),
    ],
)
def test_a_report_with_a_source_or_an_addressee_is_not_hedged(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert (
        _of(_claims(res, f"Storms hit the coast of Norland on Sunday.\n{sentence}"), sentence[:15])
        == expected
    )


# --- the dateline's outlet telling its own reporting -------------------------------------------------------------


def test_the_datelines_outlet_reporting_earlier_is_its_own_voice(res: analyse.Resources) -> None:
    sentence = "The junta has suppressed information about hunger, Reuters has reported."
    body = f"EASTWICK, Dec 27 (Reuters) - Norland heads to the polls on Sunday.\n{sentence}"
    assert _of(_claims(res, body), "The junta") == ("unflagged", "")


@pytest.mark.parametrize(
    "body",
    [
        # another outlet's item (no dateline of Reuters): Reuters is a source there
        "Norland heads to the polls on Sunday.\nThe junta has suppressed information about hunger, Reuters has "
        "reported.",
        # its report resting on others' words
        "EASTWICK, Dec 27 (Reuters) - Norland heads to the polls on Sunday.\nThe junta has suppressed information "
        "about hunger, Reuters reported, citing aid workers.",
    ],
)
def test_another_outlets_report_or_a_cited_source_stays_flagged(res: analyse.Resources, body: str) -> None:
    assert _of(_claims(res, body), "The junta")[0] != "unflagged"
